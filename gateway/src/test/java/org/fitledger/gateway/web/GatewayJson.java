package org.fitledger.gateway.web;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code JsonMapper} the gateway reads request bodies with, built as Spring Boot builds it:
 * from application.properties and every Jackson module of the gateway, without the rest of the
 * application.
 *
 * <p>{@code GatewayJson.mapper().readValue(body, EquipmentRequest.class)}
 */
public final class GatewayJson {
  private static final JsonMapper MAPPER = build();

  private GatewayJson() {}

  /** The configured mapper, built once. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  @Configuration(proxyBeanMethods = false)
  @ComponentScan(
      basePackages = "org.fitledger.gateway",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JacksonModule.class))
  static class Modules {}

  private static JsonMapper build() {
    AtomicReference<JsonMapper> mapper = new AtomicReference<>();
    new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withUserConfiguration(Modules.class)
        .run(context -> mapper.set(context.getBean(JsonMapper.class)));
    return mapper.get();
  }
}
