package org.fitledger.patrolapp.evidence;

import java.io.IOException;

/**
 * A photo whose structure cannot be followed (a segment or chunk running past the end, a missing
 * signature), so its metadata cannot be removed with certainty.
 */
final class MalformedImageException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with what was wrong. */
  public MalformedImageException(String message) {
    super(message);
  }
}
