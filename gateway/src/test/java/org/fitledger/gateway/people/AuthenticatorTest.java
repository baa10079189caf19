package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
  private final Authenticator authenticator =
      new Authenticator(
          new People(List.of(TestPeople.INSPECTOR, TestPeople.SUPERVISOR), "supervisor1"));

  @Test
  void returns_the_person_for_the_right_password() {
    assertThat(authenticator.authenticate("inspector1", "inspector1-pw"))
        .contains(TestPeople.INSPECTOR);
  }

  @Test
  void refuses_a_wrong_password_even_after_the_right_one_was_accepted() {
    authenticator.authenticate("inspector1", "inspector1-pw");

    assertThat(authenticator.authenticate("inspector1", "supervisor1-pw")).isEmpty();
    assertThat(authenticator.authenticate("inspector1", "inspector1-pw"))
        .contains(TestPeople.INSPECTOR);
  }

  @Test
  void refuses_an_unknown_username() {
    assertThat(authenticator.authenticate("nobody", "inspector1-pw")).isEmpty();
  }

  @Test
  void refuses_another_persons_password() {
    assertThat(authenticator.authenticate("supervisor1", "inspector1-pw")).isEmpty();
  }
}
