package org.fitledger.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.ledger.PeerDetail;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.Scope;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps every exception to an HTTP status and an {@link ApiError} body. */
@RestControllerAdvice
class ApiExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private static final String BASIC_CHALLENGE = "Basic realm=\"fitledger\", charset=\"UTF-8\"";
  private static final String BEARER_CHALLENGE = "Bearer realm=\"fitledger\"";

  /**
   * A refusal or failure of the ledger. What each peer said is passed on; which peers they were
   * (addresses, MSP ids), and Fabric's own words, only to supervisors, who run the network's audit
   * ({@link LedgerException#publicMessage}, {@link PeerDetail#withoutPeer}).
   */
  @ExceptionHandler(LedgerException.class)
  ResponseEntity<ApiError> ledger(LedgerException e, HttpServletRequest request) {
    log.info(
        "{} (transaction {}): {} {}", e.code(), e.txId().orElse("-"), e.getMessage(), e.details());
    boolean supervisor = isSupervisor(request);
    return answer(ErrorStatuses.of(e.code()))
        .body(
            new ApiError(
                e.code().name(),
                supervisor ? e.getMessage() : e.publicMessage(),
                e.txId().orElse(null),
                supervisor
                    ? e.details()
                    : e.details().stream().map(PeerDetail::withoutPeer).toList()));
  }

  private static boolean isSupervisor(HttpServletRequest request) {
    return request.getAttribute(CurrentPerson.ATTRIBUTE) instanceof Person person
        && Scope.of(person).isSupervisor();
  }

  @ExceptionHandler(CodedException.class)
  ResponseEntity<ApiError> coded(CodedException e) {
    ResponseEntity.BodyBuilder answer = answer(ErrorStatuses.of(e.code()));
    if (e.code() == ErrorCode.UNAUTHENTICATED) {
      answer.header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE, BEARER_CHALLENGE);
    }
    return answer.body(error(e.code().name(), e.getMessage()));
  }

  /**
   * A request the model's own checks refuse before any endorsement: the same rule, code and words
   * as the chaincode's refusal of it.
   */
  @ExceptionHandler(Refusal.class)
  ResponseEntity<ApiError> refused(Refusal e) {
    return coded(new CodedException(e.code(), e.text()));
  }

  /**
   * The index's database cannot be reached (PostgreSQL down, or every connection busy for longer
   * than the pool waits): a read or a check against the index is refused for now. Writes to the
   * ledger do not wait on it.
   */
  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
  ResponseEntity<ApiError> indexUnavailable(DataAccessException e) {
    log.warn("the index database cannot be reached: {}", e.getMessage());
    return coded(
        new CodedException(
            ErrorCode.INDEX_UNAVAILABLE,
            "the index cannot be reached now; try again (what the ledger holds is safe)"));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof FreeTextStrings.Refused refused) {
      return coded(new CodedException(ErrorCode.INVALID_INPUT, refused.describe()));
    }
    return coded(
        new CodedException(
            ErrorCode.INVALID_INPUT, "the request body is not valid JSON for this call"));
  }

  /** A parameter that is not of its declared type, such as {@code limit=2147483648}. */
  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(TypeMismatchException e) {
    return coded(
        new CodedException(
            ErrorCode.INVALID_INPUT,
            e.getPropertyName() + " must be " + described(e.getRequiredType())));
  }

  private static String described(Class<?> type) {
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "a whole number in range";
    }
    return "a valid " + (type == null ? "value" : type.getSimpleName());
  }

  /** Spring MVC's own failures (404, 405, 415, ...) keep their status and headers. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> other(Exception e) {
    if (e instanceof ErrorResponse) {
      ErrorResponse response = (ErrorResponse) e;
      HttpStatusCode status = response.getStatusCode();
      HttpStatus known = HttpStatus.resolve(status.value());
      String code = known == null ? String.valueOf(status.value()) : known.name();
      return answer(status).headers(response.getHeaders()).body(error(code, e.getMessage()));
    }
    log.error("unexpected failure", e);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(error(ErrorCode.INTERNAL.name(), "internal error"));
  }

  private static ApiError error(String code, String message) {
    return new ApiError(code, message, null, List.of());
  }

  private static ResponseEntity.BodyBuilder answer(HttpStatusCode status) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
  }
}
