package org.fitledger.chaincode.fabric;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.function.Function;
import org.fitledger.chaincode.contract.ContractService;
import org.fitledger.chaincode.device.ReadingService;
import org.fitledger.chaincode.equipment.EquipmentRegistry;
import org.fitledger.chaincode.export.RecordExport;
import org.fitledger.chaincode.liveness.Liveness;
import org.fitledger.chaincode.patrol.PatrolService;
import org.fitledger.chaincode.report.ReportService;
import org.fitledger.chaincode.report.ReporterContacts;
import org.fitledger.chaincode.settings.SettingsService;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.chaincode.ticket.TicketLifecycle;
import org.fitledger.chaincode.ticket.TicketService;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.ledger.Transactions;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * The {@code fitledger} contract. Each transaction takes and returns JSON strings and delegates to
 * a domain service. A refusal is a {@link ChaincodeException} whose message is {@code "<CODE>:
 * <text>"} and whose payload is the UTF-8 code.
 *
 * <pre>{@code
 * peer chaincode query -C maintenance -n fitledger -c '{"Args":["readEquipment","EQ-1"]}'
 * }</pre>
 */
@Contract(
    name = "fitledger",
    info =
        @Info(
            title = "FitLedger",
            description = "Maintenance record of public fitness equipment",
            version = "0.2.0",
            license = @License(name = "Apache-2.0")))
@Default
public final class FitLedgerContract implements ContractInterface {
  // The shim makes a new contract instance for every transaction, so the services are built once.
  // They keep nothing between transactions; only their JSON mapper caches what it learned about
  // each record type, which it would otherwise relearn in every transaction (more than half of the
  // chaincode's CPU per patrol). The cache never changes what is written.
  private static final Services SERVICES = new Services(new JsonCodec());

  private final Services services = SERVICES;

  /** Registers equipment; see {@link EquipmentRegistry#register}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.REGISTER_EQUIPMENT)
  public String registerEquipment(Context ctx, String equipmentJson) {
    return run(ctx, tx -> services.equipment.register(tx, equipmentJson));
  }

  /** Updates equipment; see {@link EquipmentRegistry#update}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.UPDATE_EQUIPMENT)
  public String updateEquipment(Context ctx, String equipmentJson) {
    return run(ctx, tx -> services.equipment.update(tx, equipmentJson));
  }

  /** Retires equipment; see {@link EquipmentRegistry#retire}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.RETIRE_EQUIPMENT)
  public String retireEquipment(Context ctx, String id, String reason) {
    return run(ctx, tx -> services.equipment.retire(tx, id, reason));
  }

  /** Reads equipment with its derived status; see {@link EquipmentRegistry#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.READ_EQUIPMENT)
  public String readEquipment(Context ctx, String id) {
    return run(ctx, tx -> services.equipment.read(tx, id));
  }

  /** The history of equipment; see {@link EquipmentRegistry#history}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.EQUIPMENT_HISTORY)
  public String equipmentHistory(Context ctx, String id) {
    return run(ctx, tx -> services.equipment.history(tx, id));
  }

  /** Equipment under a district prefix; see {@link EquipmentRegistry#list}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.LIST_EQUIPMENT)
  public String listEquipment(Context ctx, String districtPrefix) {
    return run(ctx, tx -> services.equipment.list(tx, districtPrefix));
  }

  /** Sets the location tolerance; see {@link SettingsService#setLocationTolerance}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.SET_LOCATION_TOLERANCE)
  public String setLocationTolerance(Context ctx, String meters) {
    return run(ctx, tx -> services.settings.setLocationTolerance(tx, meters));
  }

  /** Reads the settings; see {@link SettingsService#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.READ_SETTINGS)
  public String readSettings(Context ctx) {
    return run(ctx, services.settings::read);
  }

  /** Registers a maintenance contract; see {@link ContractService#register}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.REGISTER_CONTRACT)
  public String registerContract(Context ctx, String contractJson) {
    return run(ctx, tx -> services.contracts.register(tx, contractJson));
  }

  /** Versions a contract's SLA; see {@link ContractService#updateSla}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.UPDATE_CONTRACT_SLA)
  public String updateContractSla(Context ctx, String id, String slaJson) {
    return run(ctx, tx -> services.contracts.updateSla(tx, id, slaJson));
  }

  /** Reads a contract; see {@link ContractService#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.READ_CONTRACT)
  public String readContract(Context ctx, String id) {
    return run(ctx, tx -> services.contracts.read(tx, id));
  }

  /** The history of a contract; see {@link ContractService#history}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.CONTRACT_HISTORY)
  public String contractHistory(Context ctx, String id) {
    return run(ctx, tx -> services.contracts.history(tx, id));
  }

  /** Records a patrol; see {@link PatrolService#record}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.RECORD_PATROL)
  public String recordPatrol(Context ctx, String patrolJson) {
    return run(ctx, tx -> services.patrols.record(tx, patrolJson));
  }

  /** Reads a patrol; see {@link PatrolService#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.READ_PATROL)
  public String readPatrol(Context ctx, String id) {
    return run(ctx, tx -> services.patrols.read(tx, id));
  }

  /** Opens a ticket; see {@link TicketService#open}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.OPEN_TICKET)
  public String openTicket(Context ctx, String ticketJson) {
    return run(ctx, tx -> services.tickets.open(tx, ticketJson));
  }

  /** See {@link TicketLifecycle#acknowledge}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.ACKNOWLEDGE_TICKET)
  public String acknowledgeTicket(Context ctx, String ticketId, String json) {
    return run(ctx, tx -> services.lifecycle.acknowledge(tx, ticketId, json));
  }

  /** See {@link TicketLifecycle#makeSafe}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.MAKE_TICKET_SAFE)
  public String makeTicketSafe(Context ctx, String ticketId, String json) {
    return run(ctx, tx -> services.lifecycle.makeSafe(tx, ticketId, json));
  }

  /** See {@link TicketLifecycle#confirmRepair}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.CONFIRM_REPAIR)
  public String confirmRepair(Context ctx, String ticketId, String json) {
    return run(ctx, tx -> services.lifecycle.confirmRepair(tx, ticketId, json));
  }

  /** See {@link TicketLifecycle#verify}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.VERIFY_REPAIR)
  public String verifyRepair(Context ctx, String ticketId, String json) {
    return run(ctx, tx -> services.lifecycle.verify(tx, ticketId, json));
  }

  /** See {@link TicketLifecycle#reassign}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.REASSIGN_TICKET)
  public String reassignTicket(Context ctx, String ticketId, String json) {
    return run(ctx, tx -> services.lifecycle.reassign(tx, ticketId, json));
  }

  /** See {@link TicketLifecycle#cancel}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.CANCEL_TICKET)
  public String cancelTicket(Context ctx, String ticketId, String json) {
    return run(ctx, tx -> services.lifecycle.cancel(tx, ticketId, json));
  }

  /** Reads a ticket; see {@link TicketService#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.READ_TICKET)
  public String readTicket(Context ctx, String id) {
    return run(ctx, tx -> services.tickets.read(tx, id));
  }

  /** The history of a ticket; see {@link TicketService#history}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.TICKET_HISTORY)
  public String ticketHistory(Context ctx, String id) {
    return run(ctx, tx -> services.tickets.history(tx, id));
  }

  /** The tickets of equipment; see {@link TicketService#listByEquipment}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.LIST_TICKETS_BY_EQUIPMENT)
  public String listTicketsByEquipment(Context ctx, String equipmentId) {
    return run(ctx, tx -> services.tickets.listByEquipment(tx, equipmentId));
  }

  /** Records a resident's report; see {@link ReportService#receive}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.RECEIVE_REPORT)
  public String receiveReport(Context ctx, String reportJson) {
    return run(ctx, tx -> services.reports.receive(tx, reportJson));
  }

  /** Triages a report; see {@link ReportService#triage}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.TRIAGE_REPORT)
  public String triageReport(Context ctx, String reportId, String triageJson) {
    return run(ctx, tx -> services.reports.triage(tx, reportId, triageJson));
  }

  /** Reads a report; see {@link ReportService#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.READ_REPORT)
  public String readReport(Context ctx, String id) {
    return run(ctx, tx -> services.reports.read(tx, id));
  }

  /** Keeps a reporter's contact, sent as transient data; see {@link ReporterContacts#store}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.STORE_REPORT_CONTACT)
  public String storeReportContact(Context ctx, String reportId) {
    return run(ctx, tx -> services.contacts.store(tx, reportId));
  }

  /** Reads a reporter's contact; see {@link ReporterContacts#read}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.READ_REPORT_CONTACT)
  public String readReportContact(Context ctx, String reportId) {
    return run(ctx, tx -> services.contacts.read(tx, reportId));
  }

  /** Purges a reporter's contact; see {@link ReporterContacts#purge}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.PURGE_REPORT_CONTACT)
  public String purgeReportContact(Context ctx, String reportId) {
    return run(ctx, tx -> services.contacts.purge(tx, reportId));
  }

  /** Records a machine's reading, signed by its device; see {@link ReadingService#record}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.RECORD_READING)
  public String recordReading(Context ctx, String readingJson) {
    return run(ctx, tx -> services.readings.record(tx, readingJson));
  }

  /** One page of stored records, for verifying the index; see {@link RecordExport#page}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = Transactions.EXPORT_RECORDS)
  public String exportRecords(Context ctx, String kind, String fromId, String limit) {
    return run(ctx, tx -> services.export.page(tx, kind, fromId, limit));
  }

  /** Changes nothing; the write path's liveness check. See {@link Liveness#ping}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = Transactions.PING)
  public String ping(Context ctx) {
    return run(ctx, services.liveness::ping);
  }

  private static String run(Context ctx, Function<TransactionContext, String> transaction) {
    StubTransactionContext tx = new StubTransactionContext(ctx);
    try {
      return tx.answer(transaction.apply(tx));
    } catch (Refusal e) {
      throw new ChaincodeException(e.getMessage(), e.code().name().getBytes(UTF_8), e);
    }
  }
}
