package org.fitledger.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.people.PasswordHash;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;

class AuditScopeTest {
  private static final Person SUPERVISOR2 = supervisor(List.of("SH/PD"));

  @Test
  void only_supervisors_audit() {
    for (Person person :
        List.of(TestPeople.INSPECTOR, TestPeople.CONTRACTOR, TestPeople.OTHER_INSPECTOR)) {
      assertThatThrownBy(() -> AuditScope.of(person, null))
          .isInstanceOf(CodedException.class)
          .extracting(e -> ((CodedException) e).code())
          .isEqualTo(ErrorCode.ACCESS_DENIED);
    }
  }

  @Test
  void without_a_district_the_audit_covers_all_the_supervisors_districts() {
    assertThat(AuditScope.of(SUPERVISOR2, null))
        .isEqualTo(new AuditScope(List.of("SH/PD"), "SH/PD"));
    AuditScope two = AuditScope.of(supervisor(List.of("SH/PD", "SH/XH/TL")), "");
    assertThat(two.prefixes()).containsExactly("SH/PD", "SH/XH/TL");
    assertThat(two.district()).isNull();
  }

  @Test
  void a_district_within_the_supervisors_is_the_only_one_counted() {
    assertThat(AuditScope.of(SUPERVISOR2, "SH/PD/ZJ").prefixes()).containsExactly("SH/PD/ZJ");
    assertThat(AuditScope.of(SUPERVISOR2, "SH/PD").district()).isEqualTo("SH/PD");
  }

  @Test
  void a_district_outside_or_above_the_supervisors_is_access_denied() {
    for (String district : List.of("SH/XH", "SH", "SH/PDX")) {
      assertThatThrownBy(() -> AuditScope.of(SUPERVISOR2, district))
          .isInstanceOf(CodedException.class)
          .extracting(e -> ((CodedException) e).code())
          .isEqualTo(ErrorCode.ACCESS_DENIED);
    }
  }

  @Test
  void a_malformed_district_is_invalid_input() {
    assertThatThrownBy(() -> AuditScope.of(SUPERVISOR2, "SH/PD/"))
        .isInstanceOf(CodedException.class)
        .extracting(e -> ((CodedException) e).code())
        .isEqualTo(ErrorCode.INVALID_INPUT);
  }

  @Test
  void groups_one_level_below_the_deepest_district_by_default_and_never_above_it() {
    assertThat(AuditScope.of(TestPeople.SUPERVISOR, null).depth(null)).isEqualTo(2);
    assertThat(AuditScope.of(SUPERVISOR2, "SH/PD/ZJ").depth(null)).isEqualTo(4);
    assertThat(AuditScope.of(SUPERVISOR2, "SH/PD/ZJ/C01").depth(null)).isEqualTo(4);
    assertThat(AuditScope.of(SUPERVISOR2, null).depth("2")).isEqualTo(2);
    assertThatThrownBy(() -> AuditScope.of(SUPERVISOR2, null).depth("1"))
        .isInstanceOf(CodedException.class)
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> AuditScope.of(SUPERVISOR2, null).depth("5"))
        .isInstanceOf(CodedException.class);
  }

  private static Person supervisor(List<String> districts) {
    return new Person(
        "supervisor2",
        "AuthorityMSP",
        "supervisor",
        Path.of("/nonexistent/cert.pem"),
        Path.of("/nonexistent/key.pem"),
        PasswordHash.of("pw", new byte[16], 1000),
        districts,
        null);
  }
}
