package org.fitledger.gateway.people;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the people file that {@link PeopleFileReader} reads, each password as its {@link
 * PasswordHash#encoded()} form.
 *
 * <p>{@code String json = PeopleFileWriter.json(new People(List.of(supervisor), "supervisor1"));}
 */
final class PeopleFileWriter {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PeopleFileWriter() {}

  /** The people file's content. */
  static String json(People people) {
    List<Entry> entries = people.all().stream().map(Entry::of).toList();
    return JSON.writeValueAsString(new File(entries, people.indexer().username())) + "\n";
  }

  private record File(List<Entry> people, String indexer) {}

  private record Entry(
      String username,
      String mspId,
      String role,
      List<String> districts,
      String company,
      String certificate,
      String privateKey,
      String passwordHash) {

    static Entry of(Person person) {
      return new Entry(
          person.username(),
          person.mspId(),
          person.role(),
          person.districts(),
          person.company(),
          person.certificate().toString(),
          person.key().map(Path::toString).orElse(null),
          person.passwordHash().encoded());
    }
  }
}
