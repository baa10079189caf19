package org.fitledger.gateway.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fitledger.gateway.cli.Command;
import org.fitledger.gateway.cli.CommandException;
import org.fitledger.gateway.cli.CommandIo;
import org.fitledger.gateway.cli.Options;
import org.fitledger.gateway.cli.UsageException;
import org.fitledger.model.people.Role;

/**
 * {@code people write}: writes the gateway's people file, with a PBKDF2 hash of each person's
 * password, and the demo credentials file with the plain passwords, both readable by their owner
 * only. The people come on standard input, one {@link EnrolledPerson} a line; the credentials file
 * keeps the passwords it already gives. It prints each person's name and password.
 *
 * <pre>{@code
 * java -jar fitledger-gateway.jar people write --credentials run/demo-credentials.json \
 *     --people run/gateway/people.json --indexer supervisor1 < people.tsv
 * }</pre>
 */
public final class PeopleCommand implements Command {
  private static final Set<String> OPTIONS = Set.of("--credentials", "--people", "--indexer");

  private final int iterations;

  /** Hashes with {@link PasswordHash#ITERATIONS}. */
  public PeopleCommand() {
    this(PasswordHash.ITERATIONS);
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  PeopleCommand(int iterations) {
    this.iterations = iterations;
  }

  @Override
  public String usage() {
    return "--credentials FILE --people FILE --indexer NAME < PEOPLE (a person a line:"
        + " NAME, MSP ID, ROLE, DISTRICTS a,b, COMPANY, CERTIFICATE, PRIVATE KEY; tab-separated)";
  }

  @Override
  public int run(List<String> args, CommandIo io) throws UsageException, IOException {
    Options options = Options.parse(args, OPTIONS);
    Path credentialsFile = Path.of(options.required("--credentials"));
    Path peopleFile = Path.of(options.required("--people"));
    String indexer = options.required("--indexer");
    List<EnrolledPerson> enrolled = read(io);
    DemoCredentials credentials = DemoCredentials.read(credentialsFile);
    Map<String, String> passwords = new LinkedHashMap<>();
    Set<String> services = new HashSet<>();
    for (EnrolledPerson person : enrolled) {
      if (!Role.signsIn(person.role())) {
        // A service identity never signs in: its password is random and kept nowhere.
        services.add(person.username());
        passwords.put(person.username(), unguessable());
      } else {
        passwords.put(person.username(), credentials.passwordOf(person.username()));
      }
    }
    Map<String, PasswordHash> hashes = hash(passwords);
    People people;
    try {
      people =
          new People(
              enrolled.stream().map(p -> p.withPassword(hashes.get(p.username()))).toList(),
              indexer);
    } catch (IllegalArgumentException e) {
      throw new CommandException(e.getMessage(), e);
    }
    PrivateFile.write(peopleFile, PeopleFileWriter.json(people));
    PrivateFile.write(credentialsFile, credentials.json());
    passwords.forEach(
        (name, password) -> {
          if (!services.contains(name)) {
            io.out().printf("%-12s %s%n", name, password);
          }
        });
    return DONE;
  }

  private static List<EnrolledPerson> read(CommandIo io) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
    List<EnrolledPerson> people = new ArrayList<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        people.add(EnrolledPerson.parse(line));
      } catch (IllegalArgumentException e) {
        throw new CommandException("line " + number + " of the people: " + e.getMessage(), e);
      }
    }
    return people;
  }

  private static String unguessable() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** 600,000 iterations take a quarter of a second each: hashes the people side by side. */
  private Map<String, PasswordHash> hash(Map<String, String> passwords) {
    return passwords.entrySet().parallelStream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, entry -> PasswordHash.create(entry.getValue(), iterations)));
  }
}
