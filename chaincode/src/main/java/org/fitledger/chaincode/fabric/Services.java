package org.fitledger.chaincode.fabric;

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
import org.fitledger.chaincode.ticket.TicketLifecycle;
import org.fitledger.chaincode.ticket.TicketService;
import org.fitledger.chaincode.ticket.TicketStore;

/** The contract's services, wired once. None holds state between transactions. */
final class Services {
  final EquipmentRegistry equipment;
  final SettingsService settings;
  final ContractService contracts;
  final TicketService tickets;
  final TicketLifecycle lifecycle;
  final PatrolService patrols;
  final Liveness liveness;
  final RecordExport export;
  final ReportService reports;
  final ReporterContacts contacts;
  final ReadingService readings;

  Services(JsonCodec json) {
    TicketStore store = new TicketStore(json);
    equipment = new EquipmentRegistry(json, store);
    settings = new SettingsService(json);
    contracts = new ContractService(json);
    tickets = new TicketService(json, store, equipment, contracts);
    lifecycle = new TicketLifecycle(json, store, contracts);
    patrols = new PatrolService(json, equipment, settings, store, tickets);
    liveness = new Liveness(json);
    export = new RecordExport(json);
    reports = new ReportService(json, equipment, store, tickets);
    contacts = new ReporterContacts(json, reports);
    readings = new ReadingService(json, equipment, store, tickets);
  }
}
