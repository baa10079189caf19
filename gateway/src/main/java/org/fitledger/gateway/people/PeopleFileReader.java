package org.fitledger.gateway.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fitledger.gateway.config.ConfigFileException;
import org.fitledger.gateway.config.JsonFile;
import org.fitledger.model.place.DistrictPath;
import tools.jackson.databind.JsonNode;

/**
 * Reads the people file ({@code FITLEDGER_PEOPLE_FILE}).
 *
 * <pre>{@code
 * People people = PeopleFileReader.read(Path.of("/run/people.json"));
 * }</pre>
 *
 * The file is {@code {"people":[{"username","mspId","role","certificate","privateKey",
 * "passwordHash", "districts":["SH/PD"],"company":null}],"indexer":"supervisor1"}} ({@code
 * districts} and {@code company} are optional); every problem is reported as a {@link
 * ConfigFileException} naming the file and the field.
 */
final class PeopleFileReader {
  private static final String WHAT = "people file";

  private PeopleFileReader() {}

  /**
   * Reads and checks the file.
   *
   * @param file the people file
   * @return everyone in it
   * @throws ConfigFileException naming the file and the field at fault
   */
  public static People read(Path file) {
    JsonFile json = JsonFile.read(file, WHAT);
    JsonNode entries = json.array(json.root(), "people", "");
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      people.add(person(json, entries.get(i), "people[" + i + "]"));
    }
    String indexer = json.text(json.root(), "indexer", "");
    try {
      return new People(people, indexer);
    } catch (IllegalArgumentException e) {
      throw json.error("", e.getMessage());
    }
  }

  private static Person person(JsonFile json, JsonNode entry, String where) {
    if (!entry.isObject()) {
      throw json.error(where, "must be a JSON object");
    }
    String encodedHash = json.text(entry, "passwordHash", where);
    PasswordHash hash;
    try {
      hash = PasswordHash.parse(encodedHash);
    } catch (IllegalArgumentException e) {
      throw json.error(JsonFile.join(where, "passwordHash"), "is malformed: " + e.getMessage());
    }
    return new Person(
        json.text(entry, "username", where),
        json.text(entry, "mspId", where),
        json.text(entry, "role", where),
        json.readableFile(entry, "certificate", where),
        entry.path("privateKey").isNull() || entry.path("privateKey").isMissingNode()
            ? null
            : json.readableFile(entry, "privateKey", where),
        hash,
        districts(json, entry, where),
        company(json, entry, where));
  }

  private static List<String> districts(JsonFile json, JsonNode entry, String where) {
    JsonNode value = entry.get("districts");
    if (value == null || value.isNull()) {
      return List.of();
    }
    String field = JsonFile.join(where, "districts");
    if (!value.isArray()) {
      throw json.error(field, "must be a JSON array of district path prefixes");
    }
    List<String> districts = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode district = value.get(i);
      if (!district.isString() || !DistrictPath.isPrefix(district.stringValue())) {
        throw json.error(
            field + "[" + i + "]", "must be a district path prefix such as SH/PD, not " + district);
      }
      districts.add(district.stringValue());
    }
    return districts;
  }

  private static String company(JsonFile json, JsonNode entry, String where) {
    JsonNode value = entry.get("company");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString() || value.stringValue().isBlank()) {
      throw json.error(JsonFile.join(where, "company"), "must be a non-empty string or null");
    }
    return value.stringValue();
  }
}
