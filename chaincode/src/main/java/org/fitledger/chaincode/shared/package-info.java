/**
 * What every feature of the contract shares: the {@link
 * org.fitledger.chaincode.shared.TransactionContext} it runs in, the caller's identity and scope
 * ({@link org.fitledger.chaincode.shared.Caller}, {@link org.fitledger.chaincode.shared.Actor}),
 * the {@link org.fitledger.model.error.ErrorCode}s it fails with, input validation, the
 * deterministic JSON codec and the {@link org.fitledger.chaincode.shared.ChangeLog} behind each
 * transaction's single event. Nothing here depends on Fabric.
 */
package org.fitledger.chaincode.shared;
