package org.fitledger.chaincode.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fitledger.chaincode.shared.Fixtures.assertRefused;

import java.util.List;
import org.fitledger.model.error.ErrorCode;
import org.fitledger.model.people.Role;
import org.fitledger.model.place.DistrictPath;
import org.fitledger.model.validation.DistrictPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerIdentityTest {

  private static Caller caller(String msp, String role, String districts, String company) {
    return new Caller(msp, "someone", role, districts, company);
  }

  @Test
  void accepts_a_supervisor_of_AuthorityMSP_with_its_districts() {
    Actor actor =
        caller("AuthorityMSP", "supervisor", "SH/PD,SH/XH", null).as(Role.SUPERVISOR, "x");

    assertThat(actor.districts()).containsExactly("SH/PD", "SH/XH");
    assertThat(actor.company()).isNull();
  }

  @Test
  void refuses_a_missing_role() {
    assertRefused(
            () -> caller("AuthorityMSP", null, "SH", null).as(Role.SUPERVISOR, "retire equipment"),
            ErrorCode.ACCESS_DENIED)
        .hasMessage(
            "ACCESS_DENIED: only supervisors may retire equipment; the caller's role is null");
  }

  @ParameterizedTest
  @CsvSource({
    "PatrolMSP, supervisor, SUPERVISOR",
    "ContractorMSP, inspector, INSPECTOR",
    "AuthorityMSP, contractor, CONTRACTOR"
  })
  void refuses_a_role_claimed_in_a_certificate_of_another_msp(
      String msp, String role, Role needed) {
    assertRefused(
            () -> caller(msp, role, "SH", "GREENFIX").as(needed, "act"), ErrorCode.ACCESS_DENIED)
        .hasMessageContaining("belongs to " + needed.mspId() + ", not to " + msp);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "SH,", "sh", "SH/PD/ZJ/C01/X", "SH PD", "SH//PD"})
  void refuses_malformed_districts(String districts) {
    assertRefused(
        () -> caller("PatrolMSP", "inspector", districts, null).as(Role.INSPECTOR, "act"),
        ErrorCode.ACCESS_DENIED);
  }

  @Test
  void refuses_an_inspector_without_districts() {
    assertRefused(
            () -> caller("PatrolMSP", "inspector", null, null).as(Role.INSPECTOR, "act"),
            ErrorCode.ACCESS_DENIED)
        .hasMessage("ACCESS_DENIED: the certificate has no fitledger.districts");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "greenfix", "GREEN FIX", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
  void refuses_a_contractor_without_a_valid_company(String company) {
    assertRefused(
            () -> caller("ContractorMSP", "contractor", null, company).as(Role.CONTRACTOR, "act"),
            ErrorCode.ACCESS_DENIED)
        .hasMessage("ACCESS_DENIED: the certificate has no valid fitledger.company");
  }

  @Test
  void covers_a_path_only_at_segment_boundaries() {
    Actor inspector =
        caller("PatrolMSP", "inspector", "SH/P,SH/XH/A", null).as(Role.INSPECTOR, "x");

    assertThat(inspector.covers("SH/PD/ZJ/C01")).isFalse();
    assertThat(inspector.covers("SH/XH/A/C01")).isTrue();
    assertThat(inspector.covers("SH/XH/AB/C01")).isFalse();
    assertRefused(() -> inspector.requireCovers("SH/PD/ZJ/C01"), ErrorCode.ACCESS_DENIED)
        .hasMessage("ACCESS_DENIED: someone may act only in SH/P,SH/XH/A, not in SH/PD/ZJ/C01");
  }

  @Test
  void a_city_prefix_covers_every_path_of_the_city() {
    Actor supervisor = caller("AuthorityMSP", "supervisor", "SH", null).as(Role.SUPERVISOR, "x");

    assertThat(supervisor.covers("SH/PD/ZJ/C01")).isTrue();
    assertThat(supervisor.covers("SHA/PD/ZJ/C01")).isFalse();
  }

  @Test
  void a_contractor_sees_the_records_of_their_own_company_only() {
    Actor contractor =
        caller("ContractorMSP", "contractor", null, "FIXRIGHT").as(Role.CONTRACTOR, "x");

    assertThat(contractor.sees("SH/PD/ZJ/C01", "FIXRIGHT")).isTrue();
    assertThat(contractor.sees("SH/PD/ZJ/C01", "GREENFIX")).isFalse();
    assertThat(contractor.sees("SH/PD/ZJ/C01", null)).isFalse();
  }

  @Test
  void a_supervisor_sees_the_records_within_their_districts_whatever_the_company() {
    Actor supervisor = caller("AuthorityMSP", "supervisor", "SH/PD", null).as(Role.SUPERVISOR, "x");

    assertThat(supervisor.sees("SH/PD/ZJ/C01", "GREENFIX")).isTrue();
    assertThat(supervisor.sees("SH/XH/AA/C01", null)).isFalse();
  }

  @Test
  void splits_path_segments_and_compares_prefixes() {
    assertThat(DistrictPath.segments("SH/PD/ZJ/C01")).isEqualTo(List.of("SH", "PD", "ZJ", "C01"));
    assertThat(DistrictPath.covers("SH/PD", "SH/PD")).isTrue();
    assertThat(DistrictPath.covers("SH/PD/ZJ", "SH/PD")).isFalse();
    assertRefused(() -> DistrictPaths.path("districtPath", "SH/PD"), ErrorCode.INVALID_INPUT)
        .hasMessage("INVALID_INPUT: districtPath must have exactly 4 levels");
  }
}
