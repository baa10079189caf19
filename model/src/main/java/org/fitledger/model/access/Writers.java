package org.fitledger.model.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.fitledger.model.equipment.EquipmentAction;
import org.fitledger.model.ledger.Transactions;
import org.fitledger.model.people.Role;
import org.fitledger.model.ticket.TicketAction;

/**
 * Which roles may ever submit each write of the chaincode, whatever the record: the chaincode
 * decides each call from the caller's certificate, and the gateway answers a person whose role may
 * never make a write with 403 rather than asking them to sign it on their device.
 *
 * <p>{@code Writers.mayWrite(Role.INSPECTOR, Transactions.REGISTER_EQUIPMENT)} is false.
 */
public final class Writers {
  private static final Map<String, Set<Role>> BY_FUNCTION = byFunction();

  private Writers() {}

  /** The roles that may submit {@code function}; none for a function that is no write. */
  public static Set<Role> of(String function) {
    Set<Role> roles = BY_FUNCTION.get(function);
    return roles == null ? Set.of() : Set.copyOf(roles);
  }

  /** Whether a holder of {@code role} may ever submit {@code function}. */
  public static boolean mayWrite(Role role, String function) {
    return of(function).contains(role);
  }

  /** Every write, in the order they are declared. */
  public static Set<String> functions() {
    return BY_FUNCTION.keySet();
  }

  private static Map<String, Set<Role>> byFunction() {
    Map<String, Set<Role>> writers = new LinkedHashMap<>();
    Arrays.stream(EquipmentAction.values()).forEach(a -> add(writers, a.transaction(), a.role()));
    Arrays.stream(TicketAction.values()).forEach(a -> add(writers, a.transaction(), a.role()));
    add(writers, Transactions.REGISTER_EQUIPMENT, Role.SUPERVISOR);
    add(writers, Transactions.SET_LOCATION_TOLERANCE, Role.SUPERVISOR);
    add(writers, Transactions.REGISTER_CONTRACT, Role.SUPERVISOR);
    add(writers, Transactions.UPDATE_CONTRACT_SLA, Role.SUPERVISOR);
    add(writers, Transactions.TRIAGE_REPORT, Role.INSPECTOR);
    add(writers, Transactions.RECEIVE_REPORT, Role.INTAKE);
    add(writers, Transactions.STORE_REPORT_CONTACT, Role.INTAKE);
    add(writers, Transactions.PURGE_REPORT_CONTACT, Role.SUPERVISOR, Role.INTAKE);
    add(writers, Transactions.RECORD_READING, Role.DEVICE);
    add(writers, Transactions.PING, Role.values());
    return writers;
  }

  private static void add(Map<String, Set<Role>> writers, String function, Role... roles) {
    writers.computeIfAbsent(function, f -> EnumSet.noneOf(Role.class)).addAll(Arrays.asList(roles));
  }
}
