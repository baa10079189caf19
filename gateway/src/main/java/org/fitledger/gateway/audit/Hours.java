package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Hours from opening a ticket to a step, over the tickets that reached the step.
 *
 * @param mean the mean, or null when no ticket reached the step
 * @param median the median, or null when no ticket reached the step
 */
public record Hours(
    @Schema(types = {"number", "null"}) Double mean,
    @Schema(types = {"number", "null"}) Double median) {}
