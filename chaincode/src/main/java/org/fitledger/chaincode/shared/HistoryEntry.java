package org.fitledger.chaincode.shared;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One committed version of a key, as returned by Fabric's history database.
 *
 * <pre>{@code
 * {"txId":"4f1c...","timestamp":"2026-11-21T10:00:00Z","deleted":false,"value":{"id":"EQ-1",...}}
 * }</pre>
 *
 * @param txId the transaction that wrote this version
 * @param timestamp that transaction's timestamp, ISO-8601 UTC
 * @param deleted whether the transaction deleted the key
 * @param value the stored JSON, {@code null} when deleted
 */
@JsonPropertyOrder({"txId", "timestamp", "deleted", "value"})
public record HistoryEntry(
    String txId, String timestamp, boolean deleted, @JsonRawValue String value) {}
