package org.fitledger.gateway.notify;

import java.util.Objects;

/**
 * What one notification says about one ticket: the fields its e-mail and webhook carry, stored as
 * the outbox row's payload.
 *
 * <p>{@code new Notice(NotificationKind.ASSIGNED, "T-1", "EQ-1", "Riverside park", "SH/PD/C01",
 * "MAJOR", "MECHANICAL", "GREENFIX", "acknowledge", "2026-11-22T10:00:00Z",
 * "2026-11-21T10:00:00Z")}
 *
 * @param kind what happened
 * @param ticketId the ticket
 * @param equipmentId its equipment
 * @param site where the equipment stands
 * @param districtPath its district path
 * @param severity the fault's severity
 * @param category the fault's category
 * @param company the contractor company the ticket is assigned to, or null
 * @param step the step the ticket waits for ({@code acknowledge}, {@code makeSafe}, {@code repair},
 *     {@code verify}), or null
 * @param due that step's deadline (ISO-8601, as the ledger fixed it), or null
 * @param at when it happened: the ledger time of the step, or the alert's threshold
 */
public record Notice(
    NotificationKind kind,
    String ticketId,
    String equipmentId,
    String site,
    String districtPath,
    String severity,
    String category,
    String company,
    String step,
    String due,
    String at) {

  /** Checks that the kind and the ticket are given. */
  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ticketId, "ticketId");
  }
}
