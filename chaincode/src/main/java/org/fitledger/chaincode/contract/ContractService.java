package org.fitledger.chaincode.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fitledger.chaincode.shared.Actor;
import org.fitledger.chaincode.shared.ChangeLog;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.chaincode.shared.RecordKind;
import org.fitledger.chaincode.shared.TransactionContext;
import org.fitledger.model.contract.ContractRequest;
import org.fitledger.model.contract.MaintenanceContract;
import org.fitledger.model.equipment.Equipment;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.people.Role;
import org.fitledger.model.ticket.Sla;
import org.fitledger.model.validation.Validation;

/**
 * Registers maintenance contracts, versions their SLA and finds the contract that covers a piece of
 * equipment. Supervisors write, for districts within their own; a contract's sites apply only
 * within the districts of the supervisor who registered it. Anyone reads.
 *
 * <pre>{@code
 * Optional<MaintenanceContract> covering = contracts.covering(tx, "Riverside", "SH/PD/ZJ/C01");
 * }</pre>
 */
public final class ContractService {
  private final JsonCodec json;

  /** Creates a service that reads and writes JSON with {@code json}. */
  public ContractService(JsonCodec json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * Registers a contract; the same contract again returns the stored record. Its districts must lie
   * within the supervisor's, and so must the equipment at each site it names.
   *
   * @return the stored Contract JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT or CONTRACT_EXISTS
   */
  public String register(TransactionContext tx, String requestJson) {
    Actor supervisor = tx.caller().as(Role.SUPERVISOR, "register a contract");
    ContractRequest request = json.decode(requestJson, ContractRequest.class).validated();
    request.districts().forEach(supervisor::requireCovers);
    requireSitesWithin(tx, request.sites(), supervisor);
    Optional<String> stored = tx.getState(RecordKind.CONTRACT, request.id());
    if (stored.isPresent()) {
      if (!decode(stored.get()).matches(request)) {
        throw new Refusal(
            ErrorCode.CONTRACT_EXISTS,
            "contract " + request.id() + " is already registered with other content");
      }
      return stored.get();
    }
    return write(
        tx,
        MaintenanceContract.register(
            request,
            supervisor.districts(),
            tx.caller().commonName(),
            tx.timestamp().toString(),
            tx.txId()),
        "ContractRegistered");
  }

  /**
   * Replaces a contract's SLA terms and adds one to its version. Open tickets keep their deadlines.
   * The same terms again write nothing.
   *
   * @return the stored Contract JSON
   * @throws Refusal ACCESS_DENIED, INVALID_INPUT or CONTRACT_NOT_FOUND
   */
  public String updateSla(TransactionContext tx, String id, String slaJson) {
    Actor supervisor = tx.caller().as(Role.SUPERVISOR, "update a contract's SLA");
    Sla sla = json.decode(slaJson, Sla.class).validated("sla");
    MaintenanceContract current = find(tx, id);
    current.districts().forEach(supervisor::requireCovers);
    current.siteDistricts().forEach(supervisor::requireCovers);
    if (current.sla().equals(sla)) {
      return json.encode(current);
    }
    return write(tx, current.withSla(sla, tx.txId()), "ContractSlaUpdated");
  }

  /**
   * Reads a contract.
   *
   * @throws Refusal INVALID_INPUT or CONTRACT_NOT_FOUND
   */
  public String read(TransactionContext tx, String id) {
    return json.encode(find(tx, id));
  }

  /**
   * The history of a contract key, oldest first.
   *
   * @throws Refusal INVALID_INPUT or CONTRACT_NOT_FOUND
   */
  public String history(TransactionContext tx, String id) {
    find(tx, id);
    return json.encode(tx.history(RecordKind.CONTRACT, id));
  }

  /**
   * The stored contract.
   *
   * @throws Refusal INVALID_INPUT or CONTRACT_NOT_FOUND
   */
  public MaintenanceContract find(TransactionContext tx, String id) {
    Validation.id("contractId", id);
    return tx.getState(RecordKind.CONTRACT, id)
        .map(this::decode)
        .orElseThrow(() -> new Refusal(ErrorCode.CONTRACT_NOT_FOUND, "no contract with id " + id));
  }

  /**
   * The contract covering a place at {@code at}: valid on that UTC date, with a site match beating
   * any district and a longer district prefix beating a shorter one; ties go to the lowest id.
   */
  public Optional<MaintenanceContract> covering(
      TransactionContext tx, String site, String districtPath, Instant at) {
    LocalDate date = LocalDate.ofInstant(at, ZoneOffset.UTC);
    MaintenanceContract best = null;
    int bestScore = 0;
    for (String stored : tx.getAll(RecordKind.CONTRACT)) {
      MaintenanceContract contract = decode(stored);
      int score = contract.validOn(date) ? contract.specificity(site, districtPath) : 0;
      if (score > bestScore
          || score == bestScore && score > 0 && contract.id().compareTo(best.id()) < 0) {
        best = contract;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Refuses a site at which equipment stands outside the supervisor's districts: a site is named by
   * the equipment registered at it, and a supervisor names only places of their own.
   */
  private void requireSitesWithin(TransactionContext tx, List<String> sites, Actor supervisor) {
    if (sites.isEmpty()) {
      return;
    }
    for (String stored : tx.getAll(RecordKind.EQUIPMENT)) {
      Equipment equipment = json.decodeStored(stored, Equipment.class);
      if (sites.contains(equipment.site()) && !supervisor.covers(equipment.districtPath())) {
        throw new Refusal(
            ErrorCode.ACCESS_DENIED,
            supervisor.commonName()
                + " may name only sites within "
                + String.join(",", supervisor.districts())
                + "; equipment at site "
                + equipment.site()
                + " stands outside them");
      }
    }
  }

  private String write(TransactionContext tx, MaintenanceContract contract, String event) {
    String record = json.encode(contract);
    ChangeLog changes = new ChangeLog(tx);
    changes.put(RecordKind.CONTRACT, contract.id(), record);
    changes.emit(event);
    return record;
  }

  private MaintenanceContract decode(String stored) {
    return json.decodeStored(stored, MaintenanceContract.class);
  }
}
