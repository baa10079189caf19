package org.fitledger.gateway.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Declares {@code additionalProperties: false} on every object a request body holds, at every
 * depth: the gateway reads bodies with {@code fail-on-unknown-properties} and the chaincode refuses
 * unknown fields too, so a field the document does not name is 400 {@code INVALID_INPUT}, and the
 * document says so. (A map, such as an inspection's checklist, keeps its own value schema.)
 */
@Component
class ClosedRequestBodies implements OpenApiCustomizer {
  private static final String COMPONENTS = "#/components/schemas/";

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getComponents() == null) {
      return;
    }
    Map<String, Schema> schemas = openApi.getComponents().getSchemas();
    Set<String> closed = new HashSet<>();
    openApi
        .getPaths()
        .values()
        .forEach(
            item ->
                item.readOperations().stream()
                    .filter(op -> op.getRequestBody() != null)
                    .filter(op -> op.getRequestBody().getContent() != null)
                    .flatMap(op -> op.getRequestBody().getContent().values().stream())
                    .forEach(media -> close(media.getSchema(), schemas, closed)));
  }

  private static void close(Schema<?> schema, Map<String, Schema> schemas, Set<String> closed) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)) {
      String name = schema.get$ref().substring(COMPONENTS.length());
      if (closed.add(name)) {
        close(schemas.get(name), schemas, closed);
      }
      return;
    }
    close(schema.getItems(), schemas, closed);
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      schema.setAdditionalProperties(Boolean.FALSE);
      schema.getProperties().values().forEach(property -> close(property, schemas, closed));
    }
  }
}
