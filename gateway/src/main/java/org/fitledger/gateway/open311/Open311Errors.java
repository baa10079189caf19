package org.fitledger.gateway.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.ledger.LedgerException;
import org.fitledger.gateway.web.ErrorStatuses;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure of the Open311 interface in the specification's error format, in the format the
 * path asked for: {@code [{"code":400,"description":"…"}]}, or {@code
 * <errors><error><code>400</code><description>…</description></error></errors>}, with the HTTP
 * status of the code. A refusal of the ledger keeps its words; a fault of the gateway says nothing
 * more than that.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {
  private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

  private final JsonMapper json;

  Open311Errors(JsonMapper json) {
    this.json = json;
  }

  @ExceptionHandler(Open311Exception.class)
  ResponseEntity<byte[]> refused(Open311Exception e, HttpServletRequest request) {
    return answer(request, e.status(), e.getMessage());
  }

  @ExceptionHandler(Refusal.class)
  ResponseEntity<byte[]> model(Refusal e, HttpServletRequest request) {
    return answer(request, ErrorStatuses.of(e.code()), e.text());
  }

  @ExceptionHandler(CodedException.class)
  ResponseEntity<byte[]> coded(CodedException e, HttpServletRequest request) {
    return answer(request, ErrorStatuses.of(e.code()), e.getMessage());
  }

  @ExceptionHandler(LedgerException.class)
  ResponseEntity<byte[]> ledger(LedgerException e, HttpServletRequest request) {
    log.info("Open311: {} (transaction {}): {}", e.code(), e.txId().orElse("-"), e.getMessage());
    return answer(request, ErrorStatuses.of(e.code()), e.publicMessage());
  }

  @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class})
  ResponseEntity<byte[]> index(Exception e, HttpServletRequest request) {
    log.warn("Open311: the index cannot be reached: {}", e.getMessage());
    return answer(
        request,
        ErrorStatuses.of(ErrorCode.INDEX_UNAVAILABLE),
        "the requests cannot be read now; try again");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> other(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse response) {
      return answer(request, response.getStatusCode(), e.getMessage());
    }
    log.error("Open311: unexpected failure", e);
    return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
  }

  private ResponseEntity<byte[]> answer(
      HttpServletRequest request, HttpStatusCode status, String description) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return Open311Format.ofPath(request.getRequestURI())
        .write(
            known == null ? HttpStatus.BAD_REQUEST : known,
            "errors",
            List.of(Open311Format.fields("code", status.value(), "description", description)),
            json);
  }
}
