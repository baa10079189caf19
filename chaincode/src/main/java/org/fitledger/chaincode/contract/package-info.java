/**
 * Maintenance contracts: which contractor company answers for which districts or sites, when, and
 * under which versioned SLA terms. {@link org.fitledger.chaincode.contract.ContractService} holds
 * the rules, including the choice of the contract that covers a piece of equipment.
 */
package org.fitledger.chaincode.contract;
