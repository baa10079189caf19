package org.fitledger.model.format;

/**
 * The shapes of the identifiers and values FitLedger accepts, as regular expressions written once:
 * the model's checks compile them (the chaincode refuses what does not match), and the gateway's
 * OpenAPI document declares them ({@code @Schema(pattern = Formats.ID)}), so that a client, or a
 * fuzzer, knows what a valid request looks like. Each is anchored, and a compile-time constant so
 * that an annotation can name it.
 */
public final class Formats {
  /** A record id: a letter or digit, then up to 63 of letters, digits and {@code ._:-}. */
  public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

  /** A ticket id, 4 characters longer than a record id: a patrol's id plus {@code -<index>}. */
  public static final String TICKET_ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,67}$";

  /** A photo's lowercase hex SHA-256. */
  public static final String SHA256 = "^[0-9a-f]{64}$";

  /** One level of a district path, e.g. {@code PD}. */
  public static final String DISTRICT_SEGMENT = "^[A-Z0-9-]{1,16}$";

  /** A district path of exactly four levels, {@code city/district/street/community}. */
  public static final String DISTRICT_PATH = "^[A-Z0-9-]{1,16}(/[A-Z0-9-]{1,16}){3}$";

  /** A district path prefix of one to four levels, e.g. {@code SH/PD}. */
  public static final String DISTRICT_PREFIX = "^[A-Z0-9-]{1,16}(/[A-Z0-9-]{1,16}){0,3}$";

  /** A contractor company's code, e.g. {@code GREENFIX}. */
  public static final String COMPANY = "^[A-Z0-9-]{1,32}$";

  private Formats() {}
}
