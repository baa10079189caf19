/**
 * Verification that the off-chain index equals the ledger: every indexed record against world
 * state, every indexed transaction against the blocks, and the chain of block hashes from block 0;
 * and the jar's {@code audit verify}, which asks a running gateway and prints the report.
 */
package org.fitledger.gateway.verify;
