package org.fitledger.chaincode.patrol;

/** The answer to one checklist item. */
public enum ChecklistAnswer {
  PASS,
  FAIL,
  NA
}
