/**
 * The write-path liveness check: {@link org.fitledger.chaincode.liveness.Liveness#ping}, a
 * transaction that changes nothing, as the ceiling of what the network commits per second.
 */
package org.fitledger.chaincode.liveness;
