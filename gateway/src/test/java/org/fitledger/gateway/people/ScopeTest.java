package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fitledger.model.place.DistrictPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {
  private static final String PD = "SH/PD/ZJ/C01";
  private static final String XH = "SH/XH/TL/C07";

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
    "SH, SH/PD/ZJ/C01, true",
    "SH/PD, SH/PD/ZJ/C01, true",
    "SH/PD/ZJ/C01, SH/PD/ZJ/C01, true",
    "SH/P, SH/PD/ZJ/C01, false",
    "SH/PD/ZJ/C0, SH/PD/ZJ/C01, false",
    "SH/XH, SH/PD/ZJ/C01, false",
    "BJ, SH/PD/ZJ/C01, false",
    "SH/PD/, SH/PD/ZJ/C01, false",
    "sh/pd, sh/pd/zj/c01, false"
  })
  void a_prefix_covers_a_path_at_segment_boundaries_only(
      String prefix, String path, boolean covers) {
    assertThat(DistrictPath.covers(prefix, path)).isEqualTo(covers);
  }

  @Test
  void a_well_formed_prefix_has_one_to_four_segments() {
    assertThat(DistrictPath.isPrefix("SH")).isTrue();
    assertThat(DistrictPath.isPrefix("SH/PD/ZJ/C01")).isTrue();
    assertThat(DistrictPath.isPrefix("SH/PD/ZJ/C01/X")).isFalse();
    assertThat(DistrictPath.isPrefix("")).isFalse();
    assertThat(DistrictPath.isPrefix(null)).isFalse();
    assertThat(DistrictPath.isPrefix("SH//PD")).isFalse();
  }

  @Test
  void supervisors_and_inspectors_see_equipment_tickets_and_patrols_in_their_districts() {
    Scope inspector = Scope.of(TestPeople.INSPECTOR);
    Scope supervisor = Scope.of(TestPeople.SUPERVISOR);

    assertThat(inspector.seesEquipment(PD, List.of())).isTrue();
    assertThat(inspector.seesEquipment(XH, List.of())).isFalse();
    assertThat(inspector.seesTicket(PD, "GREENFIX")).isTrue();
    assertThat(inspector.seesTicket(XH, "GREENFIX")).isFalse();
    assertThat(inspector.seesPatrol(List.of(XH, PD))).isTrue();
    assertThat(inspector.seesPatrol(List.of(XH))).isFalse();
    assertThat(supervisor.seesEquipment(XH, List.of())).isTrue();
    assertThat(Scope.of(TestPeople.OTHER_INSPECTOR).seesEquipment(PD, List.of())).isFalse();
  }

  @Test
  void contractors_see_their_companys_tickets_and_that_equipment_wherever_it_stands() {
    Scope contractor = Scope.of(TestPeople.CONTRACTOR);

    assertThat(contractor.seesTicket(PD, "GREENFIX")).isTrue();
    assertThat(contractor.seesTicket(PD, "FIXRIGHT")).isFalse();
    assertThat(contractor.seesTicket(PD, null)).isFalse();
    assertThat(contractor.seesEquipment(XH, List.of("FIXRIGHT", "GREENFIX"))).isTrue();
    assertThat(contractor.seesEquipment(PD, List.of("FIXRIGHT"))).isFalse();
    assertThat(contractor.seesPatrol(List.of(PD))).isFalse();
    assertThat(contractor.coversDistrict(PD)).isFalse();
  }

  @Test
  void contracts_are_seen_by_supervisors_and_their_own_company_only() {
    assertThat(Scope.of(TestPeople.SUPERVISOR).seesContract("FIXRIGHT")).isTrue();
    assertThat(Scope.of(TestPeople.CONTRACTOR).seesContract("GREENFIX")).isTrue();
    assertThat(Scope.of(TestPeople.CONTRACTOR).seesContract("FIXRIGHT")).isFalse();
    assertThat(Scope.of(TestPeople.INSPECTOR).seesContract("GREENFIX")).isFalse();
  }

  @Test
  void a_contractor_without_a_company_sees_no_ticket() {
    Person nobody =
        new Person(
            "x",
            "ContractorMSP",
            "contractor",
            TestPeople.CONTRACTOR.certificate(),
            TestPeople.CONTRACTOR.privateKey(),
            TestPeople.CONTRACTOR.passwordHash());

    assertThat(Scope.of(nobody).seesTicket(PD, null)).isFalse();
  }

  @Test
  void a_person_with_an_unknown_role_sees_nothing_in_any_district() {
    Person stranger =
        new Person(
            "x",
            "AuthorityMSP",
            "auditor",
            TestPeople.SUPERVISOR.certificate(),
            TestPeople.SUPERVISOR.privateKey(),
            TestPeople.SUPERVISOR.passwordHash(),
            List.of("SH"),
            null);

    assertThat(Scope.of(stranger).coversDistrict(PD)).isFalse();
    assertThat(Scope.of(stranger).seesContract("GREENFIX")).isFalse();
  }

  @Test
  void tells_searches_the_districts_of_supervisors_and_inspectors_and_the_company_of_contractors() {
    assertThat(Scope.of(TestPeople.SUPERVISOR).districts()).containsExactly("SH");
    assertThat(Scope.of(TestPeople.INSPECTOR).districts()).containsExactly("SH/PD");
    assertThat(Scope.of(TestPeople.INSPECTOR).contractorCompany()).isEmpty();
    assertThat(Scope.of(TestPeople.CONTRACTOR).districts()).isEmpty();
    assertThat(Scope.of(TestPeople.CONTRACTOR).isContractor()).isTrue();
    assertThat(Scope.of(TestPeople.CONTRACTOR).contractorCompany()).contains("GREENFIX");
  }
}
