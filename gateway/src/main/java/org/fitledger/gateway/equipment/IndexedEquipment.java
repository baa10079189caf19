package org.fitledger.gateway.equipment;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A piece of equipment as the index holds it.
 *
 * @param view the ledger record plus its derived {@code status} and {@code blockNumber}
 * @param districtPath where it stands
 * @param ticketCompanies the companies its tickets are assigned to
 */
record IndexedEquipment(ObjectNode view, String districtPath, List<String> ticketCompanies) {}
