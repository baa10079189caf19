package org.fitledger.model.ticket;

/** What kind of defect a ticket is about. */
public enum Category {
  STRUCTURAL,
  MECHANICAL,
  SURFACE,
  SIGNAGE,
  MISSING_PART,
  OTHER
}
