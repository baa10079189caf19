package org.fitledger.gateway.ticket;

import tools.jackson.databind.node.ObjectNode;

/**
 * A ticket as the index holds it.
 *
 * @param view the ledger record plus {@code blockNumber}
 * @param districtPath where its equipment stands
 * @param company the company it is assigned to, or null
 */
record IndexedTicket(ObjectNode view, String districtPath, String company) {}
