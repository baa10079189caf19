package org.fitledger.gateway.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.type.LogicalType;

/**
 * The gateway reads request bodies without coercion, as the chaincode does: a JSON value is taken
 * only for a field of its own type. A number or a boolean where text is declared ({@code
 * {"type":7}}, {@code {"note":true}}) is refused, and so are a number given as text ({@code
 * {"ROUTINE":"7"}}, or {@code " "}), a fraction where a whole number is declared ({@code 1.5},
 * {@code 7.0}) and a number or text (blank text included) where a boolean is declared. Every string
 * is held to the rule of free text ({@link FreeTextStrings}), as the chaincode holds it. A refused
 * body answers 400 {@code INVALID_INPUT} with the error body ({@link ApiExceptionHandler}), and no
 * transaction is submitted.
 *
 * <p>A Jackson module, so that Spring Boot registers it with the gateway's {@code JsonMapper}
 * wherever it builds one, in the application and in its web test slices alike. Coercion rules and
 * features belong to the mapper's builder, which a module reaches as the owner of its setup
 * context.
 *
 * <p>{@code JsonMapper.builder().addModule(new StrictJsonTypes()).build()}
 */
@Component
class StrictJsonTypes extends JacksonModule {

  @Override
  public String getModuleName() {
    return "fitledger-strict-json-types";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    if (!(context.getOwner() instanceof MapperBuilder<?, ?> builder)) {
      throw new IllegalStateException(
          "strict JSON types need a mapper builder, not " + context.getOwner());
    }
    builder
        // A name given twice is refused, as the chaincode refuses it, rather than read as the last.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // Jackson reads blank text (" ") as null where a number or boolean is declared, whatever
        // ALLOW_COERCION_OF_SCALARS says: refuse it like any other text there.
        .withCoercionConfigDefaults(any -> any.setAcceptBlankAsEmpty(false))
        .withCoercionConfig(
            LogicalType.Textual,
            text ->
                text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    SimpleDeserializers strict = new SimpleDeserializers();
    strict.addDeserializer(Double.class, new JsonNumbersOnly());
    strict.addDeserializer(String.class, new FreeTextStrings());
    context.addDeserializers(strict);
  }

  /**
   * A {@code Double} from a JSON number only, and a finite one: Jackson reads the texts "NaN",
   * "Infinity" and "-Infinity" as doubles before it asks the coercion rules, and a number beyond a
   * double's range (1e309) as infinity, which no record can carry.
   */
  private static final class JsonNumbersOnly extends NumberDeserializers.DoubleDeserializer {
    JsonNumbersOnly() {
      super(Double.class, null);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        return (Double) context.handleUnexpectedToken(Double.class, parser);
      }
      Double value = super.deserialize(parser, context);
      if (value != null && value.isInfinite()) {
        return (Double)
            context.handleWeirdNumberValue(
                Double.class, value, "a number beyond the range of a decimal");
      }
      return value;
    }
  }
}
