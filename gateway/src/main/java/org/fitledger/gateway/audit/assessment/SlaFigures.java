package org.fitledger.gateway.audit.assessment;

/**
 * SLA compliance of the tickets of one company or district opened in the period, as {@code GET
 * /api/v1/audit/sla} answers it, with the links behind each figure.
 *
 * <p>{@code new SlaFigures("GREENFIX", 12, ack, safe, repair, 0.25, 2, steps, late, overdue)}
 *
 * @param group the company or district; null for tickets no contract covered
 * @param tickets the tickets opened
 * @param acknowledge the acknowledgements
 * @param makeSafe the make-safe steps
 * @param repair the repairs
 * @param reworkRate tickets rejected at least once over the tickets repaired, or null
 * @param overdueNow the tickets overdue when the figures were read
 * @param ticketsLink every step of the tickets
 * @param lateLink their late steps
 * @param overdueLink the overdue tickets
 */
public record SlaFigures(
    String group,
    long tickets,
    StepShare acknowledge,
    StepShare makeSafe,
    StepShare repair,
    Double reworkRate,
    long overdueNow,
    String ticketsLink,
    String lateLink,
    String overdueLink) {}
