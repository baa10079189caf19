package org.fitledger.model.report;

import org.fitledger.model.validation.Validation;

/**
 * A reporter's contact as the Authority's private data collection keeps it: sealed (encrypted and
 * authenticated) by the intake under a key of the report's own that never reaches a peer, as base64
 * text, {@code {"sealed":"…"}}. A purge removes it from the collection and destroys the key, so
 * that what a peer's files may keep of it after the purge can no longer be read.
 *
 * @param sealed the sealed contact, base64, at most {@value #MAX_SEALED} characters
 */
public record SealedContact(String sealed) {
  /** The longest sealed contact accepted. */
  public static final int MAX_SEALED = 1024;

  /** Returns this contact after checking it, or throws {@code INVALID_INPUT}. */
  public SealedContact validated() {
    if (sealed == null || sealed.length() > MAX_SEALED || !sealed.matches("[A-Za-z0-9+/]+=*")) {
      throw Validation.invalid(
          "sealed must be base64 text of at most " + MAX_SEALED + " characters");
    }
    return this;
  }
}
