package org.fitledger.model.patrol;

/** What the inspector found. Only {@link #DEFECT} opens a ticket. */
public enum Condition {
  OK,
  DEFECT,
  MISSING,
  NOT_ACCESSIBLE
}
