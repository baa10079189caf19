package org.fitledger.model.patrol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a patrol signed at capture stands in its inspector's chain of captures, as the chaincode
 * found it when the patrol reached the ledger: {@code LINKED} when it names the capture the ledger
 * last had from that person (or none, as their first), {@code BROKEN} when it names another, which
 * means a capture was dropped, or the queue was reordered, between the phone and the ledger.
 *
 * <p>{@code {"hash":"9f2c…","previous":"41be…","chain":"BROKEN","expectedPrevious":"77d0…"}}
 *
 * @param hash the SHA-256 of the signed capture, hex
 * @param previous the previous capture's hash the phone signed, or null for a first capture
 * @param chain {@code LINKED} or {@code BROKEN}
 * @param expectedPrevious for a broken link, the hash of the capture the ledger last had from that
 *     person (null if none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaptureLink(String hash, String previous, String chain, String expectedPrevious) {
  /** The patrol names the capture the ledger last had from its inspector. */
  public static final String LINKED = "LINKED";

  /** The patrol names another: a capture went missing, or came out of order. */
  public static final String BROKEN = "BROKEN";
}
