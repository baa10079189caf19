package org.fitledger.gateway.open311;

import org.springframework.http.HttpStatus;

/** A request the Open311 interface refuses, answered in the specification's error format. */
class Open311Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;

  Open311Exception(HttpStatus status, String description) {
    super(description);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  static Open311Exception badRequest(String description) {
    return new Open311Exception(HttpStatus.BAD_REQUEST, description);
  }
}
