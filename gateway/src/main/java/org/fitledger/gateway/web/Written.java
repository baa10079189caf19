package org.fitledger.gateway.web;

/**
 * The answer to a write: the committed transaction and the record the chaincode stored.
 *
 * <p>{@code new Written<>("9f2c...", 42, patrol)} is sent as {@code
 * {"txId":"9f2c...","blockNumber":42,"record":{...}}}.
 *
 * @param txId the transaction id
 * @param blockNumber the block it was committed in
 * @param record the stored record
 * @param <T> the record type
 */
public record Written<T>(String txId, long blockNumber, T record) {}
