package org.fitledger.gateway.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everyone who may use the gateway, and the person whose identity reads block events.
 *
 * <pre>{@code
 * People people = new People(List.of(supervisor, inspector), "supervisor1");
 * Optional<Person> found = people.find("inspector1");
 * }</pre>
 */
public final class People {
  private final Map<String, Person> byUsername = new LinkedHashMap<>();
  private final Person indexer;

  /**
   * @param people everyone, with distinct usernames
   * @param indexer the username of the person whose identity reads block events
   * @throws IllegalArgumentException on a repeated username or an unknown indexer
   */
  public People(List<Person> people, String indexer) {
    for (Person person : people) {
      if (byUsername.putIfAbsent(person.username(), person) != null) {
        throw new IllegalArgumentException("username " + person.username() + " appears twice");
      }
    }
    this.indexer = byUsername.get(indexer);
    if (this.indexer == null) {
      throw new IllegalArgumentException("indexer " + indexer + " is not one of the people");
    }
  }

  /** The person with this username, if any. */
  public Optional<Person> find(String username) {
    return Optional.ofNullable(byUsername.get(username));
  }

  /** Everyone, in file order. */
  public List<Person> all() {
    return List.copyOf(byUsername.values());
  }

  /** The first person with {@code role} (a {@code fitledger.role} value), if any. */
  public Optional<Person> withRole(String role) {
    return byUsername.values().stream().filter(p -> p.role().equals(role)).findFirst();
  }

  /** The person whose identity reads block events. */
  public Person indexer() {
    return indexer;
  }
}
