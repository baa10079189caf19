package org.fitledger.gateway.receipt;

import java.util.List;

/**
 * Everything needed to check, without trusting FitLedger's servers, that a transaction is on the
 * ledger and wrote the record shown: the block that holds it as the peer stores it (the orderers'
 * signatures and the peers' validation flags in its metadata), its position there, and the
 * certificate authorities of the channel's organizations. {@code ./fitledger receipt verify FILE}
 * and the public page check it.
 *
 * @param format {@value #FORMAT}
 * @param channel the channel the block belongs to
 * @param chaincode the namespace of the record's key
 * @param txId the transaction
 * @param blockNumber the block's number
 * @param position the transaction's index among the block's transactions
 * @param record the record as the transaction wrote it
 * @param block the block's protobuf bytes, base64
 * @param ordererOrganizations the organizations whose nodes sign blocks
 * @param organizations the organizations whose people and peers sign transactions
 */
public record Receipt(
    String format,
    String channel,
    String chaincode,
    String txId,
    long blockNumber,
    int position,
    WrittenRecord record,
    String block,
    List<Organization> ordererOrganizations,
    List<Organization> organizations) {
  public static final String FORMAT = "fitledger-receipt/1";

  /**
   * A record as a transaction wrote it.
   *
   * @param kind e.g. {@code ticket}
   * @param id the record's id
   * @param value the exact JSON text written under the record's key
   */
  public record WrittenRecord(String kind, String id, String value) {}
}
