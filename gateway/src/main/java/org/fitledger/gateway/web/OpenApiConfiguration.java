package org.fitledger.gateway.web;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAPI document's header and its two ways to authenticate, served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  /**
   * Records pass through as the chaincode wrote them, as Jackson 3 trees: an {@link ObjectNode} is
   * described as a JSON object, an {@link ArrayNode} as an array and any other {@link JsonNode} as
   * any JSON value. This converter answers before swagger-core introspects them as beans, which
   * fails on Jackson 3's node classes ("conflicting setter definitions") and left every operation
   * answering an ObjectNode, or a {@code Paged<ObjectNode>}, without any content in the document.
   */
  @Bean
  ModelConverter jacksonTrees() {
    return (type, context, chain) -> {
      Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
      Schema<?> schema = null;
      if (ObjectNode.class.isAssignableFrom(raw)) {
        schema = new ObjectSchema();
      } else if (ArrayNode.class.isAssignableFrom(raw)) {
        schema = new ArraySchema().items(new Schema<>());
      } else if (JsonNode.class.isAssignableFrom(raw)) {
        schema = new Schema<>();
      } else {
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
      }
      SpringDocUtils.handleSchemaTypes(schema);
      return schema;
    };
  }

  @Bean
  OpenAPI fitledgerOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("FitLedger gateway")
                .version("v1")
                .description(
                    "The system-of-record API over the FitLedger Fabric ledger. Every call acts as"
                        + " the signed-in person under their own Fabric identity. A write answers"
                        + " {txId, blockNumber, record} once the index holds its block;"
                        + " errors answer {code, message, txId, details}."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT"))
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
