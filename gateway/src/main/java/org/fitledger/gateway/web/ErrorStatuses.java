package org.fitledger.gateway.web;

import org.fitledger.model.error.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each error code.
 *
 * <p>{@code ErrorStatuses.of(ErrorCode.ACCESS_DENIED)} is {@code 403 FORBIDDEN}.
 */
public final class ErrorStatuses {

  private ErrorStatuses() {}

  /**
   * The status that answers an error code.
   *
   * @param code the code
   * @return its HTTP status
   */
  public static HttpStatus of(ErrorCode code) {
    return switch (code) {
      case INVALID_INPUT, SIGNATURE_INVALID -> HttpStatus.BAD_REQUEST;
      case UNAUTHENTICATED, ENROLMENT_REFUSED -> HttpStatus.UNAUTHORIZED;
      case SIGNATURE_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
      case ACCESS_DENIED -> HttpStatus.FORBIDDEN;
      case EQUIPMENT_NOT_FOUND,
          PATROL_NOT_FOUND,
          CONTRACT_NOT_FOUND,
          TICKET_NOT_FOUND,
          REPORT_NOT_FOUND,
          TRANSACTION_NOT_FOUND,
          SNAPSHOT_NOT_FOUND ->
          HttpStatus.NOT_FOUND;
      case EQUIPMENT_EXISTS,
          PATROL_ID_CONFLICT,
          CONTRACT_EXISTS,
          TICKET_EXISTS,
          EQUIPMENT_RETIRED,
          TICKETS_OPEN,
          INVALID_TRANSITION,
          REPORT_EXISTS,
          READING_EXISTS,
          COMMIT_FAILED,
          ENDORSEMENT_FAILED ->
          HttpStatus.CONFLICT;
      case REPORTS_PENDING -> HttpStatus.TOO_MANY_REQUESTS;
      case LEDGER_UNAVAILABLE, INDEX_UNAVAILABLE, CA_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      case LEDGER_ERROR -> HttpStatus.BAD_GATEWAY;
      case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }
}
