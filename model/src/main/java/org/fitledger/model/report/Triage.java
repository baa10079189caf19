package org.fitledger.model.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An inspector's triage of a report, as stored in the report.
 *
 * @param decision what was decided
 * @param ticketId the ticket opened (CONFIRM) or merged into (MERGE); {@code null} for REJECT
 * @param reason why, required for REJECT; empty when none was given
 * @param by the inspector's CN
 * @param at the transaction timestamp, ISO-8601 UTC
 * @param txId the triaging transaction
 */
@JsonPropertyOrder({"decision", "ticketId", "reason", "by", "at", "txId"})
public record Triage(
    TriageDecision decision, String ticketId, String reason, String by, String at, String txId) {}
