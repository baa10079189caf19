package org.fitledger.model.ledger;

/**
 * The name of every transaction of FitLedger's chaincode: the chaincode's contract declares its
 * functions under these names, and the gateway calls them by these names.
 *
 * <p>{@code ledger.write(person, Transactions.RECORD_PATROL, patrolJson)}
 */
public final class Transactions {
  private Transactions() {}

  public static final String REGISTER_EQUIPMENT = "registerEquipment";

  public static final String UPDATE_EQUIPMENT = "updateEquipment";

  public static final String RETIRE_EQUIPMENT = "retireEquipment";

  public static final String READ_EQUIPMENT = "readEquipment";

  public static final String EQUIPMENT_HISTORY = "equipmentHistory";

  public static final String LIST_EQUIPMENT = "listEquipment";

  public static final String SET_LOCATION_TOLERANCE = "setLocationTolerance";

  public static final String READ_SETTINGS = "readSettings";

  public static final String REGISTER_CONTRACT = "registerContract";

  public static final String UPDATE_CONTRACT_SLA = "updateContractSla";

  public static final String READ_CONTRACT = "readContract";

  public static final String CONTRACT_HISTORY = "contractHistory";

  public static final String RECORD_PATROL = "recordPatrol";

  public static final String READ_PATROL = "readPatrol";

  public static final String OPEN_TICKET = "openTicket";

  public static final String ACKNOWLEDGE_TICKET = "acknowledgeTicket";

  public static final String MAKE_TICKET_SAFE = "makeTicketSafe";

  public static final String CONFIRM_REPAIR = "confirmRepair";

  public static final String VERIFY_REPAIR = "verifyRepair";

  public static final String REASSIGN_TICKET = "reassignTicket";

  public static final String CANCEL_TICKET = "cancelTicket";

  public static final String READ_TICKET = "readTicket";

  public static final String TICKET_HISTORY = "ticketHistory";

  public static final String LIST_TICKETS_BY_EQUIPMENT = "listTicketsByEquipment";

  public static final String RECEIVE_REPORT = "receiveReport";

  public static final String TRIAGE_REPORT = "triageReport";

  public static final String READ_REPORT = "readReport";

  /** Keeps a reporter's contact in the Authority's private data collection; transient data. */
  public static final String STORE_REPORT_CONTACT = "storeReportContact";

  /** Reads a reporter's contact from the Authority's private data collection. */
  public static final String READ_REPORT_CONTACT = "readReportContact";

  /** Purges a reporter's contact from the Authority's private data collection. */
  public static final String PURGE_REPORT_CONTACT = "purgeReportContact";

  public static final String RECORD_READING = "recordReading";

  public static final String EXPORT_RECORDS = "exportRecords";

  public static final String PING = "ping";
}
