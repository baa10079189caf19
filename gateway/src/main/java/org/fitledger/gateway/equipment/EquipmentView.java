package org.fitledger.gateway.equipment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A piece of equipment as the index holds it: the ledger record, serialized flat, plus the block it
 * was projected from.
 */
record EquipmentView(@JsonUnwrapped Equipment equipment, long blockNumber) {}
