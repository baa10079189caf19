package org.fitledger.model.device;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fitledger.model.format.Formats;
import org.fitledger.model.ticket.Category;
import org.fitledger.model.ticket.Severity;
import org.fitledger.model.validation.Validation;

/**
 * What a machine sends: {@code {"id":"dev-EQ-1-000042","equipmentId":"EQ-1",
 * "observedAt":"2026-12-07T08:00:00Z","usageCount":1234,"fault":{"code":"E12","severity":"MAJOR",
 * "category":"MECHANICAL"}}}; {@code fault} is null when it detects none.
 *
 * @param id the reading's id, chosen by the device, unique among its readings
 * @param equipmentId the machine the device is built into
 * @param observedAt when the device read it, ISO-8601
 * @param usageCount how many times the machine has been used since it was installed
 * @param faultCode the fault's code, or null
 * @param faultSeverity the fault's severity, or null
 * @param faultCategory the fault's category, or null
 */
@Schema(name = "NewReading")
public record ReadingRequest(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Formats.ID) String equipmentId,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String observedAt,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "1000000000000")
        Long usageCount,
    @Schema(pattern = FAULT_CODE) String faultCode,
    @Schema(implementation = Severity.class) String faultSeverity,
    @Schema(implementation = Category.class) String faultCategory) {
  /** A fault code: 1..16 of A-Z, 0-9 and -. */
  public static final String FAULT_CODE = "^[A-Z0-9-]{1,16}$";

  /** The largest usage count a reading may carry. */
  public static final long MAX_USAGE = 1_000_000_000_000L;

  /** Returns this request after checking every field, or throws {@code INVALID_INPUT}. */
  public ReadingRequest validated() {
    Validation.id("id", id);
    Validation.id("equipmentId", equipmentId);
    Validation.instant("observedAt", observedAt);
    if (Validation.required("usageCount", usageCount) < 0 || usageCount > MAX_USAGE) {
      throw Validation.invalid("usageCount must be within 0.." + MAX_USAGE);
    }
    boolean anyFault = faultCode != null || faultSeverity != null || faultCategory != null;
    if (anyFault) {
      if (faultCode == null || !faultCode.matches(FAULT_CODE)) {
        throw Validation.invalid("faultCode must match " + FAULT_CODE);
      }
      Validation.oneOf("faultSeverity", faultSeverity, Severity.class);
      Validation.oneOf("faultCategory", faultCategory, Category.class);
    }
    return this;
  }

  /** The fault, if the reading reports one. */
  public DeviceFault fault() {
    return faultCode == null
        ? null
        : new DeviceFault(
            faultCode, Severity.valueOf(faultSeverity), Category.valueOf(faultCategory));
  }
}
