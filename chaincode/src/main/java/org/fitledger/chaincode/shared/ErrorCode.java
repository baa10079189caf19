package org.fitledger.chaincode.shared;

/**
 * The stable, machine-readable reasons a transaction is refused. Clients receive the name as the
 * error payload and as the prefix of the error message, e.g. {@code "ACCESS_DENIED: ..."}.
 */
public enum ErrorCode {
  INVALID_INPUT,
  ACCESS_DENIED,
  EQUIPMENT_NOT_FOUND,
  EQUIPMENT_EXISTS,
  EQUIPMENT_RETIRED,
  TICKETS_OPEN,
  CONTRACT_NOT_FOUND,
  CONTRACT_EXISTS,
  PATROL_NOT_FOUND,
  PATROL_ID_CONFLICT,
  TICKET_NOT_FOUND,
  TICKET_EXISTS,
  INVALID_TRANSITION
}
