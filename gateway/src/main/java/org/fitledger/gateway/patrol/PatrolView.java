package org.fitledger.gateway.patrol;

/** A patrol as the index holds it: the ledger record plus the block it was projected from. */
record PatrolView(
    String id,
    String equipmentId,
    String condition,
    String note,
    String inspector,
    String inspectorMsp,
    String recordedAt,
    String txId,
    long blockNumber) {}
