package org.fitledger.gateway.audit.assessment;

/**
 * How many steps of one kind were done and how many by their deadline, with the link to those
 * steps.
 *
 * <p>{@code new StepShare(10, 9, 0.9, "/api/v1/audit/sla/steps?period=2026-11&step=repair")}
 *
 * @param done the steps done
 * @param onTime those done by their deadline
 * @param share {@code onTime / done}, or null when none was done
 * @param link the steps, each with its deadline and whether it was on time
 */
public record StepShare(long done, long onTime, Double share, String link) {}
