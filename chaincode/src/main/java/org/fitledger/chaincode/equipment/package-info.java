/**
 * Equipment: the pieces on a fitness path, registered by the authority under the id printed on
 * their QR tag. {@link org.fitledger.chaincode.equipment.EquipmentService} holds the rules.
 */
package org.fitledger.chaincode.equipment;
