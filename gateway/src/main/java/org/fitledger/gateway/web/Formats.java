package org.fitledger.gateway.web;

/**
 * The shapes of the identifiers and values that the chaincode accepts, for the request bodies'
 * OpenAPI declarations ({@code @Schema(pattern = Formats.ID)}). The chaincode checks them; the
 * document says them, so that a client, or a fuzzer, knows what a valid request looks like.
 */
public final class Formats {
  /** A record id: a letter or digit, then up to 63 of letters, digits and {@code ._:-}. */
  public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

  /** A ticket id, 4 characters longer than a record id: a patrol's id plus {@code -<index>}. */
  public static final String TICKET_ID = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,67}$";

  /** A photo's lowercase hex SHA-256. */
  public static final String SHA256 = "^[0-9a-f]{64}$";

  /** A district path of exactly four levels, {@code city/district/street/community}. */
  public static final String DISTRICT_PATH = "^[A-Z0-9-]{1,16}(/[A-Z0-9-]{1,16}){3}$";

  /** A district path prefix of one to four levels, e.g. {@code SH/PD}. */
  public static final String DISTRICT_PREFIX = "^[A-Z0-9-]{1,16}(/[A-Z0-9-]{1,16}){0,3}$";

  /** A contractor company's code, e.g. {@code GREENFIX}. */
  public static final String COMPANY = "^[A-Z0-9-]{1,32}$";

  private Formats() {}
}
