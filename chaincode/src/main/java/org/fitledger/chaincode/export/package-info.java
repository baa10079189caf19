/** The paged export of stored records that the off-chain index is verified against. */
package org.fitledger.chaincode.export;
