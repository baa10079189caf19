package org.fitledger.chaincode.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.error.Refusal;
import org.fitledger.model.validation.Validation;

/**
 * Reads requests strictly and writes records deterministically: compact, in each record's declared
 * field order, the same bytes for the same record on every peer.
 *
 * <pre>{@code
 * EquipmentRequest request = codec.decode(json, EquipmentRequest.class);
 * String stored = codec.encode(equipment);
 * }</pre>
 */
public final class JsonCodec {
  private final JsonMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          // Jackson reads blank text (" ") as null where a number or boolean is declared, whatever
          // ALLOW_COERCION_OF_SCALARS says: refuse it like any other text there.
          .withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false))
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .addModule(new SimpleModule().addDeserializer(Double.class, new JsonNumbersOnly()))
          .build();

  /**
   * A {@code Double} from a JSON number only: Jackson reads the texts "NaN", "Infinity" and
   * "-Infinity" as doubles before it asks the coercion settings, and NaN lies within no range
   * check's bounds.
   */
  private static final class JsonNumbersOnly extends NumberDeserializers.DoubleDeserializer {
    private static final long serialVersionUID = 1L;

    JsonNumbersOnly() {
      super(Double.class, null);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        return (Double) context.handleUnexpectedToken(Double.class, parser);
      }
      return super.deserialize(parser, context);
    }
  }

  /**
   * Reads a client's request.
   *
   * @throws Refusal with {@link ErrorCode#INVALID_INPUT} if the JSON is malformed, is not an
   *     object, has an unknown or duplicate field, has a field of the wrong type (no value is
   *     converted to another JSON type), or a whole number beyond its field's type
   */
  public <T> T decode(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      throw Validation.invalid("a JSON object is required");
    }
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw Validation.invalid("a JSON object is required");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw Validation.invalid("unknown field \"" + path(e.getPath()) + "\"");
    } catch (MismatchedInputException e) {
      throw Validation.invalid(mismatch(e));
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof InputCoercionException && !e.getPath().isEmpty()) {
        throw Validation.invalid("field \"" + path(e.getPath()) + "\" is out of range");
      }
      throw Validation.invalid("malformed JSON: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw Validation.invalid("malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** Reads a record this contract stored earlier. */
  public <T> T decodeStored(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable stored " + type.getSimpleName(), e);
    }
  }

  /** Writes a record. */
  public String encode(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private static String mismatch(MismatchedInputException e) {
    if (e.getPath().isEmpty()) {
      return "a JSON object is required";
    }
    return "field \"" + path(e.getPath()) + "\" has the wrong type";
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
