/**
 * Patrols: an inspector's record of the condition of one piece of equipment. The client chooses the
 * patrol id, which makes recording a patrol safe to retry. {@link
 * org.fitledger.chaincode.patrol.PatrolService} holds the rules.
 */
package org.fitledger.chaincode.patrol;
