package org.fitledger.model.ticket;

/** What a step of a ticket did; {@link #OPEN} is always the first step. */
public enum StepAction {
  OPEN,
  ACKNOWLEDGE,
  MAKE_SAFE,
  REPAIR,
  ACCEPT,
  REJECT,
  REASSIGN,
  CANCEL
}
