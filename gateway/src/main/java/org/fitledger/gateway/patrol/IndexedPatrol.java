package org.fitledger.gateway.patrol;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patrol as the index holds it.
 *
 * @param view the ledger record plus {@code blockNumber}
 * @param districtPaths where the inspected equipment stands
 */
record IndexedPatrol(ObjectNode view, List<String> districtPaths) {}
