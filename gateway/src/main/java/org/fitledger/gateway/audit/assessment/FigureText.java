package org.fitledger.gateway.audit.assessment;

import java.util.Locale;

/**
 * How the report writes a figure, the same in the PDF and the HTML: a share as {@code 9/10
 * (90.0%)}, a ratio as {@code 25.0%}, an undefined one as {@code n/a}.
 *
 * <p>{@code FigureText.share(new StepShare(10, 9, 0.9, link))} is {@code 9/10 (90.0%)}.
 */
final class FigureText {
  /** What an undefined ratio (nothing to divide by) reads as. */
  static final String UNDEFINED = "n/a";

  /** The group of the tickets no contract covered. */
  static final String NO_CONTRACT = "(no contract)";

  private FigureText() {}

  /** {@code onTime/done (share)}. */
  static String share(StepShare share) {
    return share.onTime() + "/" + share.done() + " (" + percent(share.share()) + ")";
  }

  /** A ratio as a percentage with one decimal, or {@link #UNDEFINED}. */
  static String percent(Double ratio) {
    return ratio == null ? UNDEFINED : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  /** A company or district, or {@link #NO_CONTRACT} for none. */
  static String group(String group) {
    return group == null ? NO_CONTRACT : group;
  }

  /** The district reported, or the words for all of the supervisor's. */
  static String district(String district) {
    return district == null ? "all of your districts" : district;
  }
}
