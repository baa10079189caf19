package org.fitledger.gateway.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
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

  static {
    // Records pass through as the chaincode wrote them: describe them as JSON objects, not as
    // Jackson's node classes.
    SpringDocUtils.getConfig()
        .replaceWithClass(ObjectNode.class, Object.class)
        .replaceWithClass(ArrayNode.class, Object.class)
        .replaceWithClass(JsonNode.class, Object.class);
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
                        + " {transactionId, blockNumber, record} once the index holds its block;"
                        + " errors answer {code, message, transactionId, details}."))
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
