/**
 * Which free text a record may hold: what every later reader of the ledger (the index in
 * PostgreSQL, JSON, CSV, a browser) can store and show as it was written.
 */
package org.fitledger.model.text;
