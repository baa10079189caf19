package org.fitledger.gateway.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fitledger.model.people.Role;

/**
 * Checks a username and password against the people file.
 *
 * <pre>{@code
 * Optional<Person> person = new Authenticator(people).authenticate("inspector1", "secret");
 * }</pre>
 */
final class Authenticator {
  private static final String MAC = "HmacSHA256";

  private final People people;
  private final PasswordHash decoy;
  private final SecretKeySpec cacheKey;
  private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

  /**
   * @param people everyone who may sign in
   */
  public Authenticator(People people) {
    this.people = people;
    SecureRandom random = new SecureRandom();
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    this.decoy = PasswordHash.of("", salt, people.indexer().passwordHash().iterations());
    byte[] key = new byte[32];
    random.nextBytes(key);
    this.cacheKey = new SecretKeySpec(key, MAC);
  }

  /**
   * The person with these credentials, if they are right.
   *
   * @param username the username
   * @param password the password
   * @return the person, or empty for an unknown user or a wrong password
   */
  public Optional<Person> authenticate(String username, String password) {
    // Service identities (the intake, devices) act through their own interfaces, never by password.
    Optional<Person> person = people.find(username).filter(p -> Role.signsIn(p.role()));
    if (person.isEmpty()) {
      // Spend the same PBKDF2 time as for a real user, so timing does not reveal usernames.
      decoy.matches(password);
      return Optional.empty();
    }
    // PBKDF2 at 600,000 iterations costs a few hundred ms; every request carries Basic
    // credentials, so a keyed MAC of the last verified password stands in for it.
    byte[] fingerprint = fingerprint(username, password);
    byte[] known = verified.get(username);
    if (known != null && MessageDigest.isEqual(known, fingerprint)) {
      return person;
    }
    if (!person.get().passwordHash().matches(password)) {
      return Optional.empty();
    }
    verified.put(username, fingerprint);
    return person;
  }

  private byte[] fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(cacheKey);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(MAC + " is not available", e);
    }
  }
}
