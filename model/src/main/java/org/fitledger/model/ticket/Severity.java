package org.fitledger.model.ticket;

/** How bad a defect is; each severity has its own SLA terms. Only CRITICAL needs making safe. */
public enum Severity {
  CRITICAL,
  MAJOR,
  MINOR
}
