package org.fitledger.gateway.people;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * People for web slice tests: supervisor1, inspector1 and contractor1, each with the password
 * {@code <username>-pw}, hashed with few iterations to keep tests fast.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPeople {
  public static final Person SUPERVISOR = person("supervisor1", "AuthorityMSP", "supervisor");
  public static final Person INSPECTOR = person("inspector1", "PatrolMSP", "inspector");
  public static final Person CONTRACTOR = person("contractor1", "ContractorMSP", "contractor");

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
    return new People(List.of(SUPERVISOR, INSPECTOR, CONTRACTOR), SUPERVISOR.username());
  }

  @Bean
  Authenticator authenticator(People people) {
    return new Authenticator(people);
  }

  private static Person person(String username, String mspId, String role) {
    byte[] salt = (username + "-salt").getBytes(StandardCharsets.UTF_8);
    return new Person(
        username,
        mspId,
        role,
        Path.of("/nonexistent", username, "cert.pem"),
        Path.of("/nonexistent", username, "key.pem"),
        PasswordHash.of(username + "-pw", salt, 1000));
  }
}
