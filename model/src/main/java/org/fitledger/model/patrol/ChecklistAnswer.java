package org.fitledger.model.patrol;

/** The answer to one checklist item. */
public enum ChecklistAnswer {
  PASS,
  FAIL,
  NA
}
