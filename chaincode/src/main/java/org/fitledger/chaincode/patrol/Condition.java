package org.fitledger.chaincode.patrol;

/** What the inspector found: the equipment is fine, or it has a defect. */
public enum Condition {
  OK,
  DEFECT
}
