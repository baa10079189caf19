package org.fitledger.gateway.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("CRITICAL") Terms critical,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("MAJOR") Terms major,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("MINOR") Terms minor) {

  /**
   * Hours allowed for each step.
   *
   * @param acknowledgeHours until acknowledged
   * @param makeSafeHours until made safe (CRITICAL only; absent otherwise)
   * @param repairHours until repaired
   */
  record Terms(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0.0001", maximum = "8760")
          BigDecimal acknowledgeHours,
      @Schema(minimum = "0.0001", maximum = "8760") @JsonInclude(JsonInclude.Include.NON_NULL)
          BigDecimal makeSafeHours,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              minimum = "0.0001",
              maximum = "8760",
              description = "not below acknowledgeHours")
          BigDecimal repairHours) {}
}
