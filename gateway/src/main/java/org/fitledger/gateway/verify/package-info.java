/**
 * Verification that the off-chain index equals the ledger: every indexed record against world
 * state, every indexed transaction against the blocks, and the chain of block hashes from block 0.
 */
package org.fitledger.gateway.verify;
