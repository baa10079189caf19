package org.fitledger.chaincode.device;

import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.equipment.EquipmentRegistry;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.Caller;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.chaincode.ticket.TicketService;
import org.fitledger.chaincode.ticket.TicketStore;
import org.fitledger.model.device.DeviceFault;
import org.fitledger.model.device.Reading;
import org.fitledger.model.device.ReadingRequest;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;
import org.fitledger.model.ticket.Defect;
import org.fitledger.model.ticket.Source;
import org.fitledger.model.ticket.Ticket;

/**
 * Records the readings of connected machines. A device acts only for the machine its certificate
 * names ({@code fitledger.device}). A reading with a fault opens a ticket under the same rules as
 * any other (its id the reading's, assigned by the covering contract) unless the machine already
 * has an open ticket a device opened, which the reading then joins; the usage count is kept for the
 * machine's wear.
 *
 * <pre>{@code
 * String reading = readings.record(tx, "{\"id\":\"dev-EQ-1-42\",\"equipmentId\":\"EQ-1\",...}");
 * }</pre>
 */
public final class ReadingService {
  private final JsonCodec json;
  private final EquipmentRegistry equipment;
  private final TicketStore tickets;
  private final TicketService ticketService;

  /** Creates a service over the registry and the tickets. */
  public ReadingService(
      JsonCodec json,
      EquipmentRegistry equipment,
      TicketStore tickets,
      TicketService ticketService) {
    this.json = Objects.requireNonNull(json, "json");
    this.equipment = Objects.requireNonNull(equipment, "equipment");
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.ticketService = Objects.requireNonNull(ticketService, "ticketService");
  }

  /**
   * A device records a reading of its own machine. The same reading again is answered as stored.
   *
   * @return the stored Reading JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT, EQUIPMENT_NOT_FOUND, EQUIPMENT_RETIRED,
   *     READING_EXISTS or TICKET_EXISTS
   */
  public String record(TransactionContext tx, String requestJson) {
    Caller caller = tx.caller();
    Actor device = caller.as(Role.DEVICE, "record a machine's reading");
    ReadingRequest request = json.decode(requestJson, ReadingRequest.class).validated();
    if (!request.equipmentId().equals(caller.device())) {
      throw new Refusal(
          ErrorCode.ACCESS_DENIED,
          "device "
              + device.commonName()
              + " reads machine "
              + caller.device()
              + " only, not "
              + request.equipmentId());
    }
    Optional<String> stored = tx.getState(RecordKind.READING, request.id());
    if (stored.isPresent()) {
      return replay(stored.get(), request);
    }
    Equipment machine = EquipmentRegistry.active(equipment.find(tx, request.equipmentId()));
    ChangeLog changes = new ChangeLog(tx);
    DeviceFault fault = request.fault();
    String ticketId = fault == null ? null : ticketFor(tx, changes, request, machine, device);
    Reading reading =
        new Reading(
            request.id(),
            machine.id(),
            machine.districtPath(),
            device.commonName(),
            request.observedAt(),
            request.usageCount(),
            fault,
            ticketId,
            tx.timestamp().toString(),
            tx.txId());
    String record = json.encode(reading);
    changes.put(RecordKind.READING, reading.id(), record);
    changes.emit("ReadingRecorded");
    return record;
  }

  /** The open ticket a device opened on the machine, or a new one for this reading's fault. */
  private String ticketFor(
      TransactionContext tx,
      ChangeLog changes,
      ReadingRequest request,
      Equipment machine,
      Actor device) {
    Optional<Ticket> open =
        tickets.byEquipment(tx, machine.id()).stream()
            .filter(t -> t.state().isOpen())
            .filter(t -> t.source() != null && t.source().readingId() != null)
            .findFirst();
    if (open.isPresent()) {
      return open.get().id();
    }
    tickets.requireAbsent(tx, request.id());
    DeviceFault fault = request.fault();
    Defect defect =
        new Defect(
            fault.severity(),
            fault.category(),
            "the machine reported fault " + fault.code() + " (reading " + request.id() + ")");
    Ticket ticket =
        ticketService.prepare(
            tx, request.id(), machine, defect, Source.reading(request.id()), device);
    tickets.putNew(changes, tx, ticket);
    return ticket.id();
  }

  private String replay(String stored, ReadingRequest request) {
    Reading reading = json.decodeStored(stored, Reading.class);
    boolean same =
        reading.equipmentId().equals(request.equipmentId())
            && reading.observedAt().equals(request.observedAt())
            && reading.usageCount() == request.usageCount()
            && Objects.equals(reading.fault(), request.fault());
    if (!same) {
      throw new Refusal(
          ErrorCode.READING_EXISTS,
          "reading " + request.id() + " was already recorded with different content");
    }
    return stored;
  }
}
