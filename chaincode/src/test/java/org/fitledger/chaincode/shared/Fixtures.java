package org.fitledger.chaincode.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The demo people and small assertions shared by the unit tests. */
public final class Fixtures {
  public static final Caller SUPERVISOR =
      new Caller("AuthorityMSP", "Admin@authority.fitledger.example");
  public static final Caller INSPECTOR = new Caller("PatrolMSP", "User1@patrol.fitledger.example");
  public static final Caller CONTRACTOR =
      new Caller("ContractorMSP", "User1@contractor.fitledger.example");

  public static final Instant T1 = Instant.parse("2026-11-21T10:15:30.123Z");
  public static final Instant T2 = Instant.parse("2026-11-22T08:00:00Z");

  private Fixtures() {}

  /** Asserts that {@code call} is refused with {@code code} and a message prefixed by it. */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable call, ErrorCode code) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageStartingWith(code.name() + ": ");
  }
}
