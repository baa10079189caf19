package org.fitledger.gateway.index;

import java.util.List;

/**
 * What a block means to the index.
 *
 * <p>{@code BlockParser.parse(block, "fitledger").events()}
 *
 * @param number the block number
 * @param events the chaincode's events from valid transactions, in block order
 * @param skipped the endorser transactions committed as invalid
 */
public record ParsedBlock(long number, List<LedgerEvent> events, List<InvalidTransaction> skipped) {

  /** Copies the lists. */
  public ParsedBlock {
    events = List.copyOf(events);
    skipped = List.copyOf(skipped);
  }
}
