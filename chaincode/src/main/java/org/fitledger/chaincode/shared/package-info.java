/**
 * What every feature of the contract shares: the {@link
 * org.fitledger.chaincode.shared.TransactionContext} it runs in, the {@link
 * org.fitledger.chaincode.shared.ErrorCode}s it fails with, input validation and the deterministic
 * JSON codec. Nothing here depends on Fabric.
 */
package org.fitledger.chaincode.shared;
