package org.fitledger.model.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.fitledger.model.validation.Validation;

/**
 * The hours a contractor has for each step of a ticket of one severity, counted from the opening.
 * {@code makeSafeHours} exists for CRITICAL only and is left out of the JSON otherwise. Hours may
 * have up to four decimals (0.0001 h is 360 ms), so a contract can give minutes as well as days.
 *
 * @param acknowledgeHours hours to acknowledge
 * @param makeSafeHours hours to make safe (CRITICAL), else {@code null}
 * @param repairHours hours to repair
 */
@JsonPropertyOrder({"acknowledgeHours", "makeSafeHours", "repairHours"})
@Schema(name = "Terms")
public record SlaTerms(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = LEAST, maximum = MOST)
        BigDecimal acknowledgeHours,
    @Schema(minimum = LEAST, maximum = MOST, description = "CRITICAL only")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        BigDecimal makeSafeHours,
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            minimum = "0.0001",
            maximum = "8760",
            description = "not below acknowledgeHours")
        BigDecimal repairHours) {
  private static final String LEAST = "0.0001";
  private static final String MOST = "8760";
  static final BigDecimal MIN_HOURS = new BigDecimal(LEAST);
  static final BigDecimal MAX_HOURS = new BigDecimal(MOST);
  private static final int MAX_DECIMALS = 4;

  /**
   * The terms checked and normalized (no trailing zeros); CRITICAL terms need make-safe hours, the
   * others may not have them.
   */
  public SlaTerms validated(String field, boolean needsMakeSafe) {
    BigDecimal acknowledge =
        hours(field + ".acknowledgeHours", acknowledgeHours, MIN_HOURS, MAX_HOURS);
    BigDecimal repair = hours(field + ".repairHours", repairHours, acknowledge, MAX_HOURS);
    if (!needsMakeSafe) {
      if (makeSafeHours != null) {
        throw Validation.invalid(field + ".makeSafeHours applies to CRITICAL only");
      }
      return new SlaTerms(acknowledge, null, repair);
    }
    BigDecimal makeSafe = hours(field + ".makeSafeHours", makeSafeHours, acknowledge, repair);
    return new SlaTerms(acknowledge, makeSafe, repair);
  }

  /** Hours within {@code min..max} with at most four decimals, without trailing zeros. */
  private static BigDecimal hours(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    BigDecimal hours = Validation.range(field, value, min, max).stripTrailingZeros();
    if (hours.scale() > MAX_DECIMALS) {
      throw Validation.invalid(field + " may have at most " + MAX_DECIMALS + " decimals");
    }
    return hours.scale() < 0 ? hours.setScale(0) : hours;
  }
}
