/**
 * The block-event indexer: it reads every block from the checkpoint kept in PostgreSQL, projects
 * the chaincode events of valid transactions into the feature tables and advances the checkpoint,
 * all in one database transaction per block, and reconnects with backoff when the stream fails.
 */
package org.fitledger.gateway.index;
