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
    @Schema(types = {"number", "null"}) Double median) {

  /**
   * The hours to triage of {@code count} faults that need none (a patrol's defect, a device's
   * fault): each is triaged as it is recorded, so 0, or no figure when there are none.
   */
  static Hours immediate(long count) {
    return count == 0 ? new Hours(null, null) : new Hours(0.0, 0.0);
  }
}
