package org.fitledger.chaincode.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;

/** The demo people and small assertions shared by the unit tests. */
public final class Fixtures {
  /** A city supervisor ({@code SH}). */
  public static final Caller SUPERVISOR =
      new Caller("AuthorityMSP", "supervisor1", "supervisor", "SH", null);

  /** A district supervisor ({@code SH/PD}). */
  public static final Caller SUPERVISOR_PD =
      new Caller("AuthorityMSP", "supervisor2", "supervisor", "SH/PD", null);

  /** A supervisor of another district ({@code SH/XH}). */
  public static final Caller SUPERVISOR_XH =
      new Caller("AuthorityMSP", "supervisor3", "supervisor", "SH/XH", null);

  /** An inspector of {@code SH/PD}. */
  public static final Caller INSPECTOR =
      new Caller("PatrolMSP", "inspector1", "inspector", "SH/PD", null);

  /** An inspector of {@code SH/XH}. */
  public static final Caller INSPECTOR_XH =
      new Caller("PatrolMSP", "inspector4", "inspector", "SH/XH", null);

  /** A contractor of GREENFIX. */
  public static final Caller CONTRACTOR =
      new Caller("ContractorMSP", "contractor1", "contractor", null, "GREENFIX");

  /** A contractor of FIXRIGHT. */
  public static final Caller OTHER_CONTRACTOR =
      new Caller("ContractorMSP", "contractor3", "contractor", null, "FIXRIGHT");

  /** The Authority's intake identity, for the whole city. */
  public static final Caller INTAKE = new Caller("AuthorityMSP", "intake1", "intake", "SH", null);

  /** The Authority's reader, which the gateway reads with for the whole city. */
  public static final Caller READER = new Caller("AuthorityMSP", "reader1", "reader", "SH", null);

  /** A reader of another district only ({@code SH/XH}). */
  public static final Caller READER_XH =
      new Caller("AuthorityMSP", "reader2", "reader", "SH/XH", null);

  public static final Instant T1 = Instant.parse("2026-11-21T10:15:30.123Z");
  public static final Instant T2 = Instant.parse("2026-11-22T08:00:00Z");

  private Fixtures() {}

  /** Asserts that {@code call} is refused with {@code code} and a message prefixed by it. */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      ThrowingCallable call, ErrorCode code) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageStartingWith(code.name() + ": ");
  }
}
