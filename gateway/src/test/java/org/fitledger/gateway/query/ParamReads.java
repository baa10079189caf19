package org.fitledger.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import net.jqwik.api.statistics.Statistics;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;

/**
 * Runs a query parameter reader in a property: what it read, or nothing once it is asserted to have
 * refused with the coded {@code INVALID_INPUT}; counts both in the property's statistics.
 *
 * <p>{@code Read<Integer> read = ParamReads.readOrRefused(value, () -> Params.integer(...))}
 */
public final class ParamReads {
  private ParamReads() {}

  /**
   * What a reader read, null included.
   *
   * @param value the value read
   */
  public record Read<T>(T value) {}

  /** What the reader read, or null after asserting that it refused with INVALID_INPUT. */
  public static <T> Read<T> readOrRefused(String what, Supplier<T> reader) {
    try {
      Read<T> read = new Read<>(reader.get());
      Statistics.label("outcome").collect("read");
      return read;
    } catch (RuntimeException e) {
      Statistics.label("outcome").collect("refused");
      assertThat(e)
          .as(what)
          .isInstanceOfSatisfying(
              CodedException.class,
              coded -> assertThat(coded.code()).isEqualTo(ErrorCode.INVALID_INPUT));
      return null;
    }
  }
}
