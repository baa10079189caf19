package org.fitledger.gateway.audit.assessment;

/**
 * The coverage of one inspection level in one district, as {@code GET /api/v1/audit/coverage}
 * answers it.
 *
 * <p>{@code new CoverageFigures("SH/PD", "ROUTINE", 40, 3, 1, "/api/v1/audit/coverage/overdue?…")}
 *
 * @param district the district
 * @param level {@code ROUTINE}, {@code FUNCTIONAL} or {@code STRUCTURAL}
 * @param equipment the pieces counted
 * @param overdue those overdue for an inspection at the level
 * @param neverInspected those never inspected at it
 * @param overdueLink the overdue pieces, each with its last patrol or registration
 */
public record CoverageFigures(
    String district,
    String level,
    long equipment,
    long overdue,
    long neverInspected,
    String overdueLink) {}
