/**
 * The Fabric side of the contract: {@link org.fitledger.chaincode.fabric.FitLedgerContract}, found
 * by the shim's {@code ContractRouter}, and the {@link
 * org.fitledger.chaincode.shared.TransactionContext} over a {@code ChaincodeStub} and the caller's
 * {@code ClientIdentity}.
 */
package org.fitledger.chaincode.fabric;
