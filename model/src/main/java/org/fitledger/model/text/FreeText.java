package org.fitledger.model.text;

import java.util.Optional;

/**
 * The rule for free text (notes, descriptions, reasons, sites, makes and models): any Unicode
 * character but a control character other than tab and line feed (C0, DEL and C1; NUL breaks
 * PostgreSQL's JSON operators), an unpaired surrogate (not Unicode, so no UTF-8 form) and a
 * non-character (U+FDD0..U+FDEF and the last two code points of every plane). The chaincode refuses
 * such text before anything is written, and the gateway before it asks for an endorsement.
 *
 * <pre>{@code
 * FreeText.offence("bolts\u0000").map(o -> o.describe("notes"));
 * // notes must not contain U+0000 (character 6): ...
 * }</pre>
 */
public final class FreeText {
  private FreeText() {}

  /**
   * A code point that free text may not hold.
   *
   * @param codePoint the code point (an unpaired surrogate is its own code unit)
   * @param position its position in the text, counted in code points from 1
   */
  public record Offence(int codePoint, int position) {
    /** What is wrong, as a sentence about the field. */
    public String describe(String field) {
      return String.format(
          "%s must not contain U+%04X (character %d): text may hold no control character other"
              + " than tab and line feed, no unpaired surrogate and no non-character",
          field, codePoint, position);
    }
  }

  /** The first code point the text may not hold, if any. */
  public static Optional<Offence> offence(String text) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      position++;
      if (!allowed(c)) {
        return Optional.of(new Offence(c, position));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /** Whether free text may hold a code point. */
  public static boolean allowed(int codePoint) {
    boolean control = Character.isISOControl(codePoint) && codePoint != '\t' && codePoint != '\n';
    boolean unpaired = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    boolean nonCharacter =
        codePoint >= 0xfdd0 && codePoint <= 0xfdef || (codePoint & 0xfffe) == 0xfffe;
    return !control && !unpaired && !nonCharacter;
  }
}
