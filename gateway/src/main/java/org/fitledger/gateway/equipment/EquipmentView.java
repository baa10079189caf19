package org.fitledger.gateway.equipment;

/**
 * A piece of equipment as the index holds it: the ledger record plus the block it was projected
 * from.
 */
record EquipmentView(
    String id,
    String type,
    String site,
    String status,
    String registeredBy,
    String registeredAt,
    String txId,
    long blockNumber) {}
