package org.fitledger.model.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void each_role_belongs_to_one_organization_with_its_msp() {
    assertThat(Role.SUPERVISOR.mspId()).isEqualTo("AuthorityMSP");
    assertThat(Role.INSPECTOR.mspId()).isEqualTo("PatrolMSP");
    assertThat(Role.CONTRACTOR.mspId()).isEqualTo("ContractorMSP");
  }

  @Test
  void people_sign_in_and_the_service_identities_never() {
    assertThat(Role.SUPERVISOR.signsIn()).isTrue();
    assertThat(Role.INSPECTOR.signsIn()).isTrue();
    assertThat(Role.CONTRACTOR.signsIn()).isTrue();
    assertThat(Role.INTAKE.signsIn()).isFalse();
    assertThat(Role.DEVICE.signsIn()).isFalse();
    assertThat(Role.READER.signsIn()).isFalse();
    assertThat(Role.signsIn("reader")).isFalse();
    assertThat(Role.signsIn("device")).isFalse();
    assertThat(Role.signsIn("intake")).isFalse();
    assertThat(Role.signsIn("inspector")).isTrue();
    assertThat(Role.INTAKE.mspId()).isEqualTo("AuthorityMSP");
    assertThat(Role.DEVICE.mspId()).isEqualTo("AuthorityMSP");
    assertThat(Role.READER.mspId()).isEqualTo("AuthorityMSP");
  }

  @Test
  void a_role_is_read_from_its_certificate_attribute_and_nothing_else() {
    assertThat(Role.ofAttribute("inspector")).contains(Role.INSPECTOR);
    assertThat(Role.ofAttribute("INSPECTOR")).isEmpty();
    assertThat(Role.ofAttribute(null)).isEmpty();
  }

  @Test
  void a_key_without_a_next_actor_has_no_endorsers_of_its_own() {
    assertThat(NextActor.NONE.endorsers()).isEmpty();
    assertThat(NextActor.INSPECTOR.endorsers())
        .containsExactly(Organization.AUTHORITY, Organization.PATROL);
  }
}
