package org.fitledger.gateway.web;

import java.util.List;
import org.fitledger.model.text.FreeText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every string of a request body held to the rule of free text ({@link FreeText}) as it is read, so
 * that text the chaincode would refuse is refused with 400 before an endorsement is asked for.
 * Jackson's own string reader does the reading, with its coercion rules ({@link StrictJsonTypes}).
 */
final class FreeTextStrings extends StringDeserializer {
  private static final long serialVersionUID = 1L;

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) {
    String value = super.deserialize(p, ctxt);
    if (value != null) {
      FreeText.offence(value)
          .ifPresent(
              offence -> {
                throw new Refused(p, offence);
              });
    }
    return value;
  }

  /** A string of a request body that free text may not be; Jackson adds where it stood. */
  static final class Refused extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final transient FreeText.Offence offence;

    Refused(JsonParser p, FreeText.Offence offence) {
      super(p, offence.describe("the text"));
      this.offence = offence;
    }

    /**
     * What is wrong, naming the field by its path in the body, e.g. {@code inspections[0].notes}.
     */
    String describe() {
      return offence.describe(field(getPath()));
    }

    private static String field(List<JacksonException.Reference> path) {
      StringBuilder field = new StringBuilder();
      for (JacksonException.Reference step : path) {
        if (step.getPropertyName() != null) {
          field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
        } else if (step.getIndex() >= 0) {
          field.append('[').append(step.getIndex()).append(']');
        }
      }
      return field.isEmpty() ? "the body" : field.toString();
    }
  }
}
