package org.fitledger.gateway.equipment;

/**
 * The body of {@code POST /api/v1/equipment}, passed to {@code registerEquipment} as JSON.
 *
 * @param id the id printed on its QR tag
 * @param type e.g. {@code pull-up bar}
 * @param site where it stands
 */
record NewEquipment(String id, String type, String site) {}
