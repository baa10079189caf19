package org.fitledger.gateway.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * SLA terms per severity, in hours from the ticket's opening. Hours are sent as JSON numbers, kept
 * exactly as given.
 *
 * @param critical the terms of CRITICAL tickets, with {@code makeSafeHours}
 * @param major the terms of MAJOR tickets
 * @param minor the terms of MINOR tickets
 */
record Sla(
    @JsonProperty("CRITICAL") Terms critical,
    @JsonProperty("MAJOR") Terms major,
    @JsonProperty("MINOR") Terms minor) {

  /**
   * Hours allowed for each step.
   *
   * @param acknowledgeHours until acknowledged
   * @param makeSafeHours until made safe (CRITICAL only; absent otherwise)
   * @param repairHours until repaired
   */
  record Terms(
      BigDecimal acknowledgeHours,
      @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal makeSafeHours,
      BigDecimal repairHours) {}
}
