/**
 * The ledger-rules benchmark: closed-loop clients drive the gateway's REST API with patrol
 * submissions, ticket transitions and the no-op ping, on one network, and report committed
 * transactions per second with their latency. {@code network/bench/ledger.sh} brings up the stack
 * and runs {@link org.fitledger.gateway.bench.LedgerBenchmark}; it is a program, not a test, so
 * neither surefire nor failsafe runs it.
 */
package org.fitledger.gateway.bench;
