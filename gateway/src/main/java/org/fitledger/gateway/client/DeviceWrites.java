package org.fitledger.gateway.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fitledger.model.ledger.Transactions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people's writes of the REST API, as a client that signs on the person's own device knows
 * them: which chaincode function each calls, and the arguments the person entered, which the device
 * checks the proposal against before it signs.
 *
 * <p>{@code DeviceWrites.of("POST", "api/v1/tickets/t-1/repair", body)} is {@code confirmRepair}
 * with {@code [t-1, body]}.
 *
 * @param function the chaincode function
 * @param entered the arguments as the person entered them: path ids, then the body
 */
public record DeviceWrites(String function, List<String> entered) {
  private record Route(String method, Pattern path, String function) {}

  private static final List<Route> ROUTES =
      List.of(
          route("POST", "api/v1/equipment", Transactions.REGISTER_EQUIPMENT),
          route("PUT", "api/v1/equipment/([^/?]+)", Transactions.UPDATE_EQUIPMENT),
          route("POST", "api/v1/equipment/([^/?]+)/retirement", Transactions.RETIRE_EQUIPMENT),
          route("PUT", "api/v1/settings/location-tolerance", Transactions.SET_LOCATION_TOLERANCE),
          route("POST", "api/v1/contracts", Transactions.REGISTER_CONTRACT),
          route("PUT", "api/v1/contracts/([^/?]+)/sla", Transactions.UPDATE_CONTRACT_SLA),
          route("POST", "api/v1/patrols", Transactions.RECORD_PATROL),
          route("POST", "api/v1/tickets", Transactions.OPEN_TICKET),
          route("POST", "api/v1/tickets/([^/?]+)/acknowledgement", Transactions.ACKNOWLEDGE_TICKET),
          route("POST", "api/v1/tickets/([^/?]+)/make-safe", Transactions.MAKE_TICKET_SAFE),
          route("POST", "api/v1/tickets/([^/?]+)/repair", Transactions.CONFIRM_REPAIR),
          route("POST", "api/v1/tickets/([^/?]+)/verification", Transactions.VERIFY_REPAIR),
          route("POST", "api/v1/tickets/([^/?]+)/reassignment", Transactions.REASSIGN_TICKET),
          route("POST", "api/v1/tickets/([^/?]+)/cancellation", Transactions.CANCEL_TICKET),
          route("POST", "api/v1/reports/([^/?]+)/triage", Transactions.TRIAGE_REPORT),
          route("DELETE", "api/v1/reports/([^/?]+)/contact", Transactions.PURGE_REPORT_CONTACT),
          route("POST", "api/v1/ledger/ping", Transactions.PING));

  private static Route route(String method, String path, String function) {
    return new Route(method, Pattern.compile(path), function);
  }

  /** The write a request makes, if it is one of the people's ledger writes. */
  public static Optional<DeviceWrites> of(String method, String path, String body) {
    for (Route route : ROUTES) {
      Matcher matcher = route.path().matcher(path);
      if (route.method().equals(method) && matcher.matches()) {
        List<String> entered = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
          entered.add(matcher.group(i));
        }
        if (route.function().equals(Transactions.SET_LOCATION_TOLERANCE)) {
          entered.add(field(body, "meters"));
        } else if (route.function().equals(Transactions.RETIRE_EQUIPMENT)) {
          entered.add(field(body, "reason"));
        } else if (!body.isBlank()) {
          entered.add(body);
        }
        return Optional.of(new DeviceWrites(route.function(), entered));
      }
    }
    return Optional.empty();
  }

  /**
   * A field the person entered, as the function takes it, as text: the tolerance's whole meters, a
   * retirement's reason; the body itself if it holds no such field.
   */
  private static String field(String body, String name) {
    try {
      JsonNode value = JsonMapper.shared().readTree(body).path(name);
      return value.isString() || value.isIntegralNumber() ? value.asString() : body;
    } catch (RuntimeException e) {
      return body;
    }
  }
}
