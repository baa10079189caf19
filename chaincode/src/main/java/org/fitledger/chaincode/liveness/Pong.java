package org.fitledger.chaincode.liveness;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to a ping: {@code {"txId":"4f1c..."}}.
 *
 * @param txId the ping's transaction id
 */
@JsonPropertyOrder({"txId"})
public record Pong(String txId) {}
