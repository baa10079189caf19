package org.fitledger.gateway.write;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a write that awaits its signer's device: 202, with what to sign and where to send it. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SigningAdvice {

  @ExceptionHandler(SignatureRequired.class)
  ResponseEntity<ToSign> awaitingSignature(SignatureRequired required) {
    return required.toSign().accepted();
  }
}
