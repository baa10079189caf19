package org.fitledger.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.text.FreeText;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request body of the gateway, read with the gateway's configured mapper: a body whose every
 * value is of its field's JSON type is read (and written on to the chaincode unchanged); a body
 * with one value of another JSON type anywhere, and any text at all that is not such a body, is
 * either read or refused with a Jackson read error, which answers 400 {@code INVALID_INPUT} ({@link
 * ApiExceptionHandler}) — never a definition error (500) or another exception.
 */
class RequestBodyPropertyTest {
  private static final JsonMapper JSON = GatewayJson.mapper();
  private static final List<Type> BODIES = requestBodies();

  /** The declared types of every {@code @RequestBody} of every controller. */
  private static List<Type> requestBodies() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    Set<Type> bodies = new LinkedHashSet<>();
    for (BeanDefinition controller : scanner.findCandidateComponents("org.fitledger.gateway")) {
      try {
        for (Method method : Class.forName(controller.getBeanClassName()).getDeclaredMethods()) {
          for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)) {
              bodies.add(parameter.getParameterizedType());
            }
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(bodies);
  }

  @Example
  void the_bodies_are_found_in_the_controllers() {
    assertThat(BODIES.stream().map(type -> raw(type).getSimpleName()))
        .contains(
            "PatrolRequest",
            "EquipmentRequest",
            "ContractRequest",
            "Sla",
            "Retirement",
            "LocationTolerance",
            "TicketRequest",
            "Verify",
            "Credentials");
  }

  @Provide
  Arbitrary<Type> bodies() {
    return Arbitraries.of(BODIES);
  }

  @Property(tries = 1000)
  void a_body_of_the_declared_json_types_is_read_and_written_on_unchanged(
      @ForAll("wellTypedBodies") Body body) {
    JavaType type = JSON.constructType(body.type());

    Object read = JSON.readValue(body.json(), type);
    Object again = JSON.readValue(JSON.writeValueAsString(read), type);

    assertThat(again).isEqualTo(read);
  }

  /**
   * What the controllers do next: the model's own checks ({@code validated}, where the body has
   * them) accept the body or refuse it with a {@link Refusal}, which answers 4xx — never another
   * exception.
   */
  @Property(tries = 1000)
  void a_body_of_the_declared_json_types_is_accepted_or_refused_by_the_models_rules(
      @ForAll("wellTypedBodies") Body body) {
    Object read = JSON.readValue(body.json(), JSON.constructType(body.type()));

    Throwable thrown = catchThrowable(() -> validate(read));

    Statistics.label("outcome").collect(thrown == null ? "accepted" : "refused");
    if (thrown != null) {
      assertThat(thrown).as("%s", body).isInstanceOf(Refusal.class);
    }
  }

  /** Calls the request's {@code validated} method, if it has one, with a field name or a count. */
  private static void validate(Object request) throws Throwable {
    for (Method method : request.getClass().getMethods()) {
      if (method.getName().equals("validated")) {
        Object[] arguments =
            switch (method.getParameterCount()) {
              case 0 -> new Object[0];
              default -> new Object[] {method.getParameterTypes()[0] == int.class ? 1 : "body"};
            };
        try {
          method.invoke(request, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
        return;
      }
    }
  }

  @Property(tries = 1000)
  void a_value_of_another_json_type_anywhere_in_a_body_is_refused_as_unreadable(
      @ForAll("mistypedBodies") Body body) {
    Throwable thrown =
        catchThrowable(() -> JSON.readValue(body.json(), JSON.constructType(body.type())));

    assertThat(thrown)
        .as("%s", body)
        .isInstanceOf(JacksonException.class)
        .isNotInstanceOf(InvalidDefinitionException.class);
  }

  @Property(tries = 1000)
  void any_text_as_a_body_is_read_or_refused_as_unreadable_never_a_crash(
      @ForAll("bodies") Type type, @ForAll("anyText") String text) {
    Throwable thrown = catchThrowable(() -> JSON.readValue(text, JSON.constructType(type)));

    Statistics.label("outcome").collect(thrown == null ? "read" : "refused");
    if (thrown != null) {
      assertThat(thrown)
          .as("%s %s", type, text)
          .isInstanceOf(JacksonException.class)
          .isNotInstanceOf(InvalidDefinitionException.class);
    }
  }

  /** A body as text and the type it is read as. */
  record Body(Type type, String json) {
    @Override
    public String toString() {
      return raw(type).getSimpleName() + " " + json;
    }
  }

  @Provide
  Arbitrary<Body> wellTypedBodies() {
    return Arbitraries.of(BODIES).flatMap(type -> typed(type).map(json -> new Body(type, json)));
  }

  @Provide
  Arbitrary<Body> mistypedBodies() {
    return Arbitraries.of(BODIES).flatMap(type -> mistyped(type).map(json -> new Body(type, json)));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        scalarsOfEveryKind(),
        Arbitraries.of(BODIES).flatMap(RequestBodyPropertyTest::typed),
        Arbitraries.of(BODIES).flatMap(RequestBodyPropertyTest::mistyped),
        Arbitraries.of(
            "",
            " ",
            "null",
            "{",
            "}",
            "[]",
            "{}",
            "{\"a\":1,}",
            "{\"id\":\"x\"} {}",
            "{\"id\":\"x\",\"id\":\"y\"}",
            "NaN",
            "Infinity",
            "{'id':'x'}",
            "[" + "[".repeat(1500),
            "{\"id\":\"" + "x".repeat(30_000) + "\"}"));
  }

  // ---- JSON of a declared type, and of another one ----

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) type;
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  private static String name(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property == null ? component.getName() : property.value();
  }

  /** JSON whose every value is of the JSON type its field declares. */
  static Arbitrary<String> typed(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      // Text the rule of free text refuses is FreeTextStringsPropertyTest's.
      return texts()
          .filter(text -> FreeText.offence(text).isEmpty())
          .map(RequestBodyPropertyTest::quote);
    }
    if (raw == Integer.class) {
      return Arbitraries.integers().map(String::valueOf);
    }
    if (raw == BigDecimal.class) {
      return decimals();
    }
    if (raw == Double.class) {
      return Arbitraries.oneOf(
          Arbitraries.integers().map(String::valueOf),
          Arbitraries.doubles().between(-1e6, 1e6).map(String::valueOf),
          Arbitraries.of("1e2", "4.9e-324", "-0.0"));
    }
    if (raw == Boolean.class) {
      return Arbitraries.of("true", "false");
    }
    if (List.class.isAssignableFrom(raw)) {
      return typed(argument(type, 0))
          .list()
          .ofMaxSize(3)
          .map(items -> String.join(",", items))
          .map(items -> "[" + items + "]");
    }
    if (Map.class.isAssignableFrom(raw)) {
      // Distinct names: a name given twice is refused whatever the values (StrictJsonTypes).
      return texts()
          .list()
          .uniqueElements()
          .ofMaxSize(3)
          .flatMap(
              keys ->
                  typed(argument(type, 1))
                      .list()
                      .ofSize(keys.size())
                      .map(
                          values -> {
                            List<String> entries = new ArrayList<>();
                            for (int i = 0; i < keys.size(); i++) {
                              entries.add(quote(keys.get(i)) + ":" + values.get(i));
                            }
                            return "{" + String.join(",", entries) + "}";
                          }));
    }
    if (raw.isRecord()) {
      List<Arbitrary<String>> members = new ArrayList<>();
      for (RecordComponent component : raw.getRecordComponents()) {
        String name = quote(name(component)) + ":";
        members.add(
            Arbitraries.frequencyOf(
                Tuple.of(8, typed(component.getGenericType()).map(value -> name + value)),
                Tuple.of(1, Arbitraries.just(name + "null")),
                Tuple.of(1, Arbitraries.just(""))));
      }
      return Combinators.combine(members).as(RequestBodyPropertyTest::object);
    }
    throw new IllegalArgumentException("no JSON type for " + type);
  }

  /** JSON of the declared shape but for one value, somewhere, of another JSON type. */
  static Arbitrary<String> mistyped(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return Arbitraries.oneOf(wholeNumbers(), fractions(), booleans(), arrays(), objects());
    }
    if (raw == Integer.class) {
      return Arbitraries.oneOf(
          strings(),
          fractions(),
          booleans(),
          arrays(),
          objects(),
          Arbitraries.of("2147483648", "-2147483649", "9223372036854775808", "1" + "0".repeat(40)));
    }
    if (raw == BigDecimal.class) {
      return Arbitraries.oneOf(strings(), booleans(), arrays(), objects());
    }
    if (raw == Double.class) {
      return Arbitraries.oneOf(
          strings(), booleans(), arrays(), objects(), Arbitraries.of("1e309", "-1e400"));
    }
    if (raw == Boolean.class) {
      return Arbitraries.oneOf(strings(), wholeNumbers(), fractions(), arrays(), objects());
    }
    if (List.class.isAssignableFrom(raw)) {
      Arbitrary<String> oneItemWrong =
          Combinators.combine(
                  typed(argument(type, 0)).list().ofMaxSize(2),
                  mistyped(argument(type, 0)),
                  Arbitraries.integers().between(0, 2))
              .as(
                  (items, wrong, at) -> {
                    List<String> all = new ArrayList<>(items);
                    all.add(Math.min(at, all.size()), wrong);
                    return "[" + String.join(",", all) + "]";
                  });
      return Arbitraries.oneOf(
          oneItemWrong, strings(), wholeNumbers(), fractions(), booleans(), objects());
    }
    if (Map.class.isAssignableFrom(raw)) {
      Arbitrary<String> oneValueWrong =
          Combinators.combine(texts(), mistyped(argument(type, 1)))
              .as((key, value) -> "{" + quote(key) + ":" + value + "}");
      return Arbitraries.oneOf(
          oneValueWrong, strings(), wholeNumbers(), fractions(), booleans(), arrays());
    }
    RecordComponent[] components = raw.getRecordComponents();
    Arbitrary<String> oneMemberWrong =
        Arbitraries.integers()
            .between(0, components.length - 1)
            .flatMap(
                wrong -> {
                  List<Arbitrary<String>> members = new ArrayList<>();
                  for (int i = 0; i < components.length; i++) {
                    String name = quote(name(components[i])) + ":";
                    Type member = components[i].getGenericType();
                    members.add(
                        (i == wrong ? mistyped(member) : typed(member)).map(value -> name + value));
                  }
                  return Combinators.combine(members).as(RequestBodyPropertyTest::object);
                });
    return Arbitraries.oneOf(
        oneMemberWrong, strings(), wholeNumbers(), fractions(), booleans(), arrays());
  }

  private static String object(List<String> members) {
    return members.stream()
        .filter(member -> !member.isEmpty())
        .collect(Collectors.joining(",", "{", "}"));
  }

  static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
        Arbitraries.of("", " ", "7", "1.5", "true", "null", "NaN", "😀", "\u0000", "\ud800"));
  }

  static Arbitrary<String> strings() {
    return texts().map(RequestBodyPropertyTest::quote);
  }

  static Arbitrary<String> wholeNumbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
            .map(BigInteger::toString),
        Arbitraries.of("0", "-0", "2147483648", "-2147483649"));
  }

  static Arbitrary<String> fractions() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
            .ofScale(6)
            .map(BigDecimal::toPlainString),
        Combinators.combine(
                Arbitraries.of("1", "-4", "0.5", "9.99"),
                Arbitraries.of("e", "E-", "e+"),
                Arbitraries.integers().between(0, 999))
            .as((mantissa, e, exponent) -> mantissa + e + exponent),
        Arbitraries.of("7.0", "-0.0", "1.5", "1e2", "1e309", "4.9e-324", "1e-400"));
  }

  /** Decimals of any scale and exponent that a BigDecimal holds. */
  static Arbitrary<String> decimals() {
    return Arbitraries.oneOf(wholeNumbers(), fractions());
  }

  static Arbitrary<String> booleans() {
    return Arbitraries.of("true", "false");
  }

  static Arbitrary<String> arrays() {
    return Arbitraries.oneOf(strings(), wholeNumbers(), booleans())
        .list()
        .ofMaxSize(2)
        .map(items -> "[" + String.join(",", items) + "]");
  }

  static Arbitrary<String> objects() {
    return Combinators.combine(texts(), Arbitraries.oneOf(strings(), wholeNumbers()))
        .as((key, value) -> "{" + quote(key) + ":" + value + "}");
  }

  static Arbitrary<String> scalarsOfEveryKind() {
    return Arbitraries.oneOf(
        strings(), wholeNumbers(), fractions(), booleans(), arrays(), objects());
  }

  /** Text as a JSON string, escaping what JSON requires. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c == '"' || c == '\\') {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
