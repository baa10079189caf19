package org.fitledger.gateway.people;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * People for web slice tests, as in the demo population: supervisor1 ({@code SH}), inspector1
 * ({@code SH/PD}), inspector4 ({@code SH/XH}), contractor1 ({@code GREENFIX}) and contractor3
 * ({@code FIXRIGHT}), each with the password {@code <username>-pw}, hashed with few iterations to
 * keep tests fast; and a token signer with a fixed key.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPeople {
  public static final Person SUPERVISOR =
      person("supervisor1", "AuthorityMSP", "supervisor", List.of("SH"), null);
  public static final Person INSPECTOR =
      person("inspector1", "PatrolMSP", "inspector", List.of("SH/PD"), null);
  public static final Person OTHER_INSPECTOR =
      person("inspector4", "PatrolMSP", "inspector", List.of("SH/XH"), null);
  public static final Person CONTRACTOR =
      person("contractor1", "ContractorMSP", "contractor", List.of(), "GREENFIX");
  public static final Person OTHER_CONTRACTOR =
      person("contractor3", "ContractorMSP", "contractor", List.of(), "FIXRIGHT");
  public static final byte[] TOKEN_KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

  /** The password of a test person. */
  public static String password(Person person) {
    return person.username() + "-pw";
  }

  /** The {@code Authorization} header value of a test person. */
  public static String basic(Person person) {
    return basic(person.username(), password(person));
  }

  /** An {@code Authorization: Basic} header value. */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Bean
  People people() {
    return new People(
        List.of(SUPERVISOR, INSPECTOR, OTHER_INSPECTOR, CONTRACTOR, OTHER_CONTRACTOR),
        SUPERVISOR.username());
  }

  @Bean
  Authenticator authenticator(People people) {
    return new Authenticator(people);
  }

  @Bean
  Tokens tokens() {
    return new Tokens(TOKEN_KEY, Duration.ofMinutes(15), Clock.systemUTC());
  }

  private static Person person(
      String username, String mspId, String role, List<String> districts, String company) {
    byte[] salt = (username + "-salt").getBytes(StandardCharsets.UTF_8);
    return new Person(
        username,
        mspId,
        role,
        Path.of("/nonexistent", username, "cert.pem"),
        Path.of("/nonexistent", username, "key.pem"),
        PasswordHash.of(username + "-pw", salt, 1000),
        districts,
        company);
  }
}
