package org.fitledger.gateway.people;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the people file named by {@code fitledger.people-file} once, at start-up. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

  @Bean
  People people(@Value("${fitledger.people-file}") Path file) {
    return PeopleFileReader.read(file);
  }

  @Bean
  Authenticator authenticator(People people) {
    return new Authenticator(people);
  }
}
