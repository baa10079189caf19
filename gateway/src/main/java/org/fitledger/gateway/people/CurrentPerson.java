package org.fitledger.gateway.people;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the signed-in {@link Person} of a request is kept; controllers receive it with
 * {@code @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person}.
 */
public final class CurrentPerson {
  /** The request attribute holding the signed-in {@link Person}. */
  public static final String ATTRIBUTE = "org.fitledger.gateway.people.Person";

  private CurrentPerson() {}

  static void set(HttpServletRequest request, Person person) {
    request.setAttribute(ATTRIBUTE, person);
  }
}
