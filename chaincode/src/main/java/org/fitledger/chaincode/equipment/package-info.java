/**
 * Equipment: the pieces on a fitness path, registered by supervisors under the id printed on their
 * QR tag, indexed by district path, with a status derived from their tickets. {@link
 * org.fitledger.chaincode.equipment.EquipmentRegistry} holds the rules.
 */
package org.fitledger.chaincode.equipment;
