package org.fitledger.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A patrol signed at capture whose link to its inspector's previous capture is broken: a capture
 * was dropped, or the queue reordered, between the phone and the ledger.
 *
 * @param patrolId the patrol
 * @param recordedAt when the ledger took it
 * @param txId its transaction
 * @param blockNumber its block
 * @param signer the inspector, by name and MSP
 * @param hash the hash of its capture
 * @param previous the capture it names as the one before, or null if it names none
 * @param expectedPrevious the capture the ledger last had from the inspector, or null if none
 */
record CaptureBreak(
    String patrolId,
    String recordedAt,
    String txId,
    long blockNumber,
    Signer signer,
    String hash,
    @Schema(types = {"string", "null"}) String previous,
    @Schema(types = {"string", "null"}) String expectedPrevious) {}
