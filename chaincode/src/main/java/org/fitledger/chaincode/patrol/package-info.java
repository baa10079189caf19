/**
 * Patrols: an inspector's round, with one inspection per piece of equipment, each checked against
 * the equipment's registered position. The client chooses the patrol id, which makes recording a
 * patrol safe to retry. {@link org.fitledger.chaincode.patrol.PatrolService} holds the rules.
 */
package org.fitledger.chaincode.patrol;
