package org.fitledger.gateway.patrol;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A patrol as the index holds it: the ledger record, serialized flat, plus the block it was
 * projected from.
 */
record PatrolView(@JsonUnwrapped Patrol patrol, long blockNumber) {}
