package org.fitledger.gateway.contract;

import tools.jackson.databind.node.ObjectNode;

/**
 * A contract as the index holds it.
 *
 * @param view the ledger record plus {@code blockNumber}
 * @param company the company it names
 */
record IndexedContract(ObjectNode view, String company) {}
