package org.fitledger.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What each profile the launcher starts the jar with makes of it (application-*.properties), read
 * from the environment of an application with no beans.
 */
class GatewayProfilesTest {
  private static final String[] NAMES = {
    "fitledger.index.enabled",
    "spring.main.web-application-type",
    "spring.datasource.hikari.schema",
    "spring.flyway.schemas",
    "spring.flyway.default-schema",
    "spring.flyway.clean-disabled",
    "fitledger.index.rebuild.live-schema"
  };

  @Configuration(proxyBeanMethods = false)
  static class Nothing {}

  private static Map<String, String> properties(String profile) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Nothing.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .profiles(profile)
            .run()) {
      Environment environment = context.getEnvironment();
      return Stream.of(NAMES)
          .filter(environment::containsProperty)
          .collect(Collectors.toMap(Function.identity(), environment::getProperty));
    }
  }

  @Test
  void api_serves_without_indexing() {
    assertThat(properties("api")).isEqualTo(Map.of("fitledger.index.enabled", "false"));
  }

  @Test
  void indexer_indexes_without_serving() {
    assertThat(properties("indexer"))
        .isEqualTo(
            Map.of(
                "fitledger.index.enabled", "true",
                "spring.main.web-application-type", "none"));
  }

  @Test
  void rebuild_is_an_indexer_into_the_schema_index_rebuild_compared_with_public() {
    assertThat(properties("rebuild"))
        .isEqualTo(
            Map.of(
                "fitledger.index.enabled", "true",
                "spring.main.web-application-type", "none",
                "spring.datasource.hikari.schema", "index_rebuild",
                "spring.flyway.schemas", "index_rebuild",
                "spring.flyway.default-schema", "index_rebuild",
                "spring.flyway.clean-disabled", "false",
                "fitledger.index.rebuild.live-schema", "public"));
  }
}
