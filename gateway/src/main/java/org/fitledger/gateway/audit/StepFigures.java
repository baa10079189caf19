package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many steps of one kind were done, and how many of those by their deadline. A step repeated
 * after a rejection or a reassignment counts again.
 *
 * @param done the steps done
 * @param onTime those done by their deadline
 * @param onTimeShare {@code onTime / done}, or null when none was done
 */
public record StepFigures(
    long done, long onTime, @Schema(types = {"number", "null"}) Double onTimeShare) {

  /** The figures of these counts. */
  public static StepFigures of(long done, long onTime) {
    return new StepFigures(done, onTime, Ratios.share(onTime, done));
  }
}
