package org.fitledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.fitledger.chaincode.JsonValues.Kind;
import org.fitledger.chaincode.JsonValues.Value;
import org.fitledger.chaincode.export.RecordExport;
import org.fitledger.chaincode.shared.Fixtures;
import org.fitledger.chaincode.shared.JsonCodec;
import org.fitledger.model.contract.ContractRequest;
import org.fitledger.model.equipment.EquipmentRequest;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.patrol.PatrolRequest;
import org.fitledger.model.ticket.Sla;
import org.fitledger.model.ticket.StepRequests;
import org.fitledger.model.ticket.TicketRequest;

/**
 * Every transaction that reads a JSON request (or a number given as text) answers arbitrary input
 * with a result or a {@link Refusal}, never another exception; a value of another JSON type than
 * its field declares, an unknown or a repeated field, and text that is not JSON are {@code
 * INVALID_INPUT}, the wrong type naming the field.
 */
class RequestDecodingPropertyTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final JsonCodec CODEC = new JsonCodec();
  private static final Pattern LONGER_THAN_JACKSON_READS = Pattern.compile("[0-9]{1001}");
  private static final String HOLE = "\u2603hole\u2603";
  private static final String NAME_HOLE = "\u2603name\u2603";

  /**
   * A transaction that reads a JSON request: its request type, a valid request, the scene it needs
   * beyond the default one, and the call as the person allowed to make it.
   */
  record Endpoint(
      String name,
      Class<?> request,
      String template,
      Consumer<World> scene,
      BiFunction<World, String, String> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint(
              "registerEquipment",
              EquipmentRequest.class,
              World.equipmentJson("EQ-9", World.PATH),
              world -> {},
              (world, body) ->
                  world.equipment.register(world.ledger.tx(Fixtures.SUPERVISOR), body)),
          new Endpoint(
              "updateEquipment",
              EquipmentRequest.class,
              World.equipmentJson("EQ-1", World.PATH),
              world -> {},
              (world, body) -> world.equipment.update(world.ledger.tx(Fixtures.SUPERVISOR), body)),
          new Endpoint(
              "registerContract",
              ContractRequest.class,
              World.contractJson("C-9", "FIXRIGHT", "[\"SH/PD\"]", "[\"Riverside\"]"),
              world -> {},
              (world, body) ->
                  world.contracts.register(world.ledger.tx(Fixtures.SUPERVISOR), body)),
          new Endpoint(
              "updateContractSla",
              Sla.class,
              World.DEFAULT_SLA,
              world -> {},
              (world, body) ->
                  world.contracts.updateSla(world.ledger.tx(Fixtures.SUPERVISOR), "C-1", body)),
          new Endpoint(
              "recordPatrol",
              PatrolRequest.class,
              World.patrolJson("P-9", World.inspectionJson("EQ-1", "MAJOR")),
              world -> {},
              (world, body) -> world.patrols.record(world.ledger.tx(Fixtures.INSPECTOR), body)),
          new Endpoint(
              "openTicket",
              TicketRequest.class,
              World.ticketJson("T-9", "EQ-1", "MAJOR"),
              world -> {},
              (world, body) -> world.tickets.open(world.ledger.tx(Fixtures.SUPERVISOR), body)),
          new Endpoint(
              "acknowledgeTicket",
              StepRequests.Acknowledge.class,
              "{\"note\":\"on our way\"}",
              world -> world.openTicket("T-1", "MAJOR"),
              (world, body) ->
                  world.lifecycle.acknowledge(world.ledger.tx(Fixtures.CONTRACTOR), "T-1", body)),
          new Endpoint(
              "makeTicketSafe",
              StepRequests.Evidence.class,
              "{\"note\":\"fenced\",\"photoHashes\":[\"" + World.HASH + "\"]}",
              world -> {
                world.openTicket("T-1", "CRITICAL");
                world.advance("T-1", "ack");
              },
              (world, body) ->
                  world.lifecycle.makeSafe(world.ledger.tx(Fixtures.CONTRACTOR), "T-1", body)),
          new Endpoint(
              "confirmRepair",
              StepRequests.Evidence.class,
              World.evidence(),
              world -> {
                world.openTicket("T-1", "MAJOR");
                world.advance("T-1", "ack");
              },
              (world, body) ->
                  world.lifecycle.confirmRepair(world.ledger.tx(Fixtures.CONTRACTOR), "T-1", body)),
          new Endpoint(
              "verifyRepair",
              StepRequests.Verify.class,
              "{\"accepted\":false,\"reason\":\"still loose\"}",
              world -> {
                world.openTicket("T-1", "MAJOR");
                world.advance("T-1", "ack", "repair");
              },
              (world, body) ->
                  world.lifecycle.verify(world.ledger.tx(Fixtures.INSPECTOR), "T-1", body)),
          new Endpoint(
              "reassignTicket",
              StepRequests.Reassign.class,
              "{\"contractId\":\"C-2\",\"reason\":\"moved to FIXRIGHT\"}",
              world -> {
                world.contracts.register(
                    world.ledger.tx(Fixtures.SUPERVISOR),
                    World.contractJson("C-2", "FIXRIGHT", "[\"SH/PD\"]", "[]"));
                world.openTicket("T-1", "MAJOR");
              },
              (world, body) ->
                  world.lifecycle.reassign(world.ledger.tx(Fixtures.SUPERVISOR), "T-1", body)),
          new Endpoint(
              "cancelTicket",
              StepRequests.Cancel.class,
              "{\"reason\":\"duplicate of T-7\"}",
              world -> world.openTicket("T-1", "MAJOR"),
              (world, body) ->
                  world.lifecycle.cancel(world.ledger.tx(Fixtures.SUPERVISOR), "T-1", body)));

  /** What is done to a valid request. */
  enum Change {
    REPLACE,
    REMOVE,
    ADD_UNKNOWN,
    REPEAT
  }

  /**
   * One change to a valid request at the place {@code index} picks among the template's nodes.
   *
   * @param value the new value (REPLACE, ADD_UNKNOWN, REPEAT)
   * @param name the unknown field's name (ADD_UNKNOWN)
   */
  record Mutation(Endpoint endpoint, int index, Change change, Value value, String name) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(
            Arbitraries.of(ENDPOINTS),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.frequency(
                Tuple.of(8, Change.REPLACE),
                Tuple.of(2, Change.REMOVE),
                Tuple.of(1, Change.ADD_UNKNOWN),
                Tuple.of(1, Change.REPEAT)),
            JsonValues.values(),
            JsonValues.texts())
        .as(Mutation::new);
  }

  /** A place in a request: field names and array indexes from the top. */
  private record Place(List<Object> path) {
    String text() {
      StringBuilder text = new StringBuilder();
      for (Object step : path) {
        if (step instanceof Integer index) {
          text.append('[').append(index).append(']');
        } else {
          text.append(text.length() == 0 ? "" : ".").append(step);
        }
      }
      return text.toString();
    }
  }

  private static List<Place> places(JsonNode node, List<Object> path, List<Place> into) {
    if (!path.isEmpty()) {
      into.add(new Place(path));
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        places(node.get(name), append(path, name), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places(node.get(i), append(path, i), into);
      }
    }
    return into;
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  /** The Java type a request declares at a place, or null where it declares no field. */
  private static Type declared(Type type, List<Object> path) {
    Type current = type;
    for (Object step : path) {
      current = member(current, step);
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  private static Type member(Type type, Object step) {
    Class<?> raw = raw(type);
    if (List.class.isAssignableFrom(raw)) {
      return step instanceof Integer
          ? ((ParameterizedType) type).getActualTypeArguments()[0]
          : null;
    }
    if (Map.class.isAssignableFrom(raw)) {
      return step instanceof String ? ((ParameterizedType) type).getActualTypeArguments()[1] : null;
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        if (jsonName(component).equals(step)) {
          return component.getGenericType();
        }
      }
    }
    return null;
  }

  private static String jsonName(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property == null ? component.getName() : property.value();
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) type;
  }

  /** The JSON types a field of a Java type takes (null aside). */
  private static Set<Kind> accepted(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return Set.of(Kind.STRING);
    }
    if (raw == Integer.class || raw == Long.class) {
      return Set.of(Kind.WHOLE);
    }
    if (Number.class.isAssignableFrom(raw)) {
      return Set.of(Kind.WHOLE, Kind.FRACTION);
    }
    if (raw == Boolean.class) {
      return Set.of(Kind.BOOLEAN);
    }
    if (List.class.isAssignableFrom(raw)) {
      return Set.of(Kind.ARRAY);
    }
    return Set.of(Kind.OBJECT);
  }

  private static String apply(Mutation mutation, Place place) throws Exception {
    JsonNode root = TREE.readTree(mutation.endpoint().template());
    List<Object> parentPath = place.path().subList(0, place.path().size() - 1);
    Object last = place.path().get(place.path().size() - 1);
    JsonNode parent = at(root, parentPath);
    switch (mutation.change()) {
      case REPLACE -> set(parent, last, TextNode.valueOf(HOLE));
      case REMOVE -> {
        if (parent instanceof ObjectNode object) {
          object.remove((String) last);
        } else {
          ((ArrayNode) parent).remove((Integer) last);
        }
      }
      case ADD_UNKNOWN, REPEAT -> {
        JsonNode target = parent instanceof ObjectNode ? parent : at(root, List.of());
        ((ObjectNode) target).set(NAME_HOLE, TextNode.valueOf(HOLE));
      }
    }
    String json = TREE.writeValueAsString(root);
    String name =
        switch (mutation.change()) {
          case ADD_UNKNOWN -> JsonValues.quote(mutation.name(), false);
          case REPEAT -> JsonValues.quote(repeatedName(root, parent, last), false);
          default -> null;
        };
    if (name != null) {
      json = json.replace("\"" + NAME_HOLE + "\"", name);
    }
    return json.replace("\"" + HOLE + "\"", mutation.value().json());
  }

  private static String repeatedName(JsonNode root, JsonNode parent, Object last) {
    return parent instanceof ObjectNode ? (String) last : root.fieldNames().next();
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }

  private static void set(JsonNode parent, Object step, JsonNode value) {
    if (parent instanceof ObjectNode object) {
      object.set((String) step, value);
    } else {
      ((ArrayNode) parent).set((Integer) step, value);
    }
  }

  private static Throwable run(Endpoint endpoint, String body) {
    World world = new World(CODEC).withDefaultScene();
    endpoint.scene().accept(world);
    return catchThrowable(
        () -> assertThat(TREE.readTree(endpoint.call().apply(world, body)).isObject()).isTrue());
  }

  // The generators hold their own edge values (0, -0, int and long bounds, "", NUL, lone
  // surrogates); jqwik's combinations of the nested values' edge cases would cost seconds.
  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void a_changed_request_is_answered_or_refused_with_a_ledger_code_and_a_wrong_type_names_the_field(
      @ForAll("mutations") Mutation mutation) throws Exception {
    JsonNode template = TREE.readTree(mutation.endpoint().template());
    List<Place> places = places(template, List.of(), new ArrayList<>());
    Place place = places.get(mutation.index() % places.size());
    String body = apply(mutation, place);

    Throwable thrown = run(mutation.endpoint(), body);

    Statistics.label("outcome")
        .collect(thrown instanceof Refusal refused ? refused.code().name() : "accepted");
    assertThat(thrown)
        .as("%s %s", mutation.endpoint(), body)
        .satisfiesAnyOf(
            error -> assertThat(error).isNull(),
            error -> assertThat(error).isInstanceOf(Refusal.class));
    String expected = expectedRefusal(mutation, place);
    if (expected != null) {
      assertThat(thrown)
          .as("%s %s", mutation.endpoint(), body)
          .isInstanceOfSatisfying(
              Refusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
          .hasMessageContaining(expected);
    }
  }

  /** What the refusal must say, "" where any INVALID_INPUT will do, null where none is due. */
  private static String expectedRefusal(Mutation mutation, Place place) {
    Value value = mutation.value();
    // Text that is not JSON, or a number longer than Jackson reads (1000 digits), fails as
    // malformed JSON once the parser reaches it: any INVALID_INPUT will do.
    boolean unreadable =
        value.kind() == Kind.NOT_JSON || LONGER_THAN_JACKSON_READS.matcher(value.json()).find();
    switch (mutation.change()) {
      case REMOVE:
        return null;
      case REPEAT:
        return unreadable ? "" : "Duplicate field";
      case ADD_UNKNOWN:
        return unreadable ? "" : unknownFieldRefusal(mutation, place);
      default:
        break;
    }
    if (unreadable) {
      return "";
    }
    Type type = declared(mutation.endpoint().request(), place.path());
    if (value.kind() == Kind.NULL || accepted(type).contains(value.kind())) {
      return wholeBeyondInt(type, value) ? "field \"" + place.text() + "\" is out of range" : null;
    }
    return "field \"" + place.text() + "\" has the wrong type";
  }

  /**
   * An added field lands in the object holding the place, or at the top for an array element: in a
   * record it is unknown (or repeated, if it has a member's name); in a map it is one more key.
   */
  private static String unknownFieldRefusal(Mutation mutation, Place place) {
    List<Object> parent = place.path().subList(0, place.path().size() - 1);
    boolean inObject = !(place.path().get(parent.size()) instanceof Integer);
    Type container = declared(mutation.endpoint().request(), inObject ? parent : List.of());
    if (container == null || !raw(container).isRecord()) {
      return null;
    }
    boolean member =
        java.util.Arrays.stream(raw(container).getRecordComponents())
            .anyMatch(component -> jsonName(component).equals(mutation.name()));
    return member ? "Duplicate field" : "unknown field";
  }

  private static boolean wholeBeyondInt(Type type, Value value) {
    if (value.kind() != Kind.WHOLE || raw(type) != Integer.class) {
      return false;
    }
    java.math.BigInteger number = new java.math.BigInteger(value.json());
    return number.bitLength() > 31;
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        JsonValues.values().map(Value::json),
        JsonValues.texts(),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  // The generators hold their own edge values (0, -0, int and long bounds, "", NUL, lone
  // surrogates); jqwik's combinations of the nested values' edge cases would cost seconds.
  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void any_text_as_a_request_is_answered_or_refused_with_a_ledger_code_and_a_non_object_is_invalid(
      @ForAll("endpoints") Endpoint endpoint, @ForAll("bodies") String body) {
    Throwable thrown = run(endpoint, body);

    Statistics.label("outcome")
        .collect(thrown instanceof Refusal refused ? refused.code().name() : "accepted");
    assertThat(thrown)
        .as("%s %s", endpoint, body)
        .satisfiesAnyOf(
            error -> assertThat(error).isNull(),
            error -> assertThat(error).isInstanceOf(Refusal.class));
    if (!isJsonObject(body)) {
      assertThat(thrown)
          .as("%s %s", endpoint, body)
          .isInstanceOfSatisfying(
              Refusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
  }

  @Provide
  Arbitrary<Endpoint> endpoints() {
    return Arbitraries.of(ENDPOINTS);
  }

  private static boolean isJsonObject(String body) {
    try {
      return TREE.readTree(body) instanceof ObjectNode;
    } catch (Exception e) {
      return false;
    }
  }

  @Provide
  Arbitrary<String> numbersAsText() {
    return Arbitraries.oneOf(
        JsonValues.wholeNumbers().map(Value::json),
        JsonValues.fractions().map(Value::json),
        JsonValues.notJson().map(Value::json),
        JsonValues.texts(),
        Arbitraries.strings().withChars("0123456789+-. e٣５").ofMaxLength(12),
        Arbitraries.just(null));
  }

  @Property(tries = 1000)
  void a_location_tolerance_is_set_exactly_when_it_is_a_whole_number_from_1_to_10000(
      @ForAll("numbersAsText") String meters) {
    World world = new World(CODEC);

    Throwable thrown =
        catchThrowable(
            () ->
                world.settings.setLocationTolerance(world.ledger.tx(Fixtures.SUPERVISOR), meters));

    boolean valid =
        meters != null
            && meters.matches("[0-9]{1,9}")
            && Integer.parseInt(meters) >= 1
            && Integer.parseInt(meters) <= 10_000;
    if (valid) {
      assertThat(thrown).as(meters).isNull();
      assertThat(
              world
                  .settings
                  .current(world.ledger.tx(Fixtures.SUPERVISOR))
                  .locationToleranceMeters())
          .isEqualTo(Integer.parseInt(meters));
    } else {
      assertThat(thrown)
          .as(meters)
          .isInstanceOfSatisfying(
              Refusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
  }

  @Property(tries = 1000)
  void an_export_page_limit_is_a_whole_number_from_1_to_500_or_invalid_input(
      @ForAll("numbersAsText") String limit) {
    World world = new World(CODEC).withDefaultScene();
    RecordExport export = new RecordExport(world.json);

    Throwable thrown =
        catchThrowable(
            () -> export.page(world.ledger.tx(Fixtures.SUPERVISOR), "equipment", "", limit));

    boolean valid =
        limit != null
            && limit.matches("[0-9]{1,9}")
            && Integer.parseInt(limit) >= 1
            && Integer.parseInt(limit) <= RecordExport.MAX_PAGE;
    if (valid) {
      assertThat(thrown).as(limit).isNull();
    } else {
      assertThat(thrown)
          .as(limit)
          .isInstanceOfSatisfying(
              Refusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
  }
}
