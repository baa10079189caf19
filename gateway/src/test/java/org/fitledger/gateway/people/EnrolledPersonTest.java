package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolledPersonTest {
  @Test
  void reads_seven_tab_separated_fields_with_comma_separated_districts() {
    EnrolledPerson person =
        EnrolledPerson.parse("inspector1\tPatrolMSP\tinspector\tSH/PD,SH/XH\t\tc.pem\tk_sk");

    assertThat(person)
        .isEqualTo(
            new EnrolledPerson(
                "inspector1",
                "PatrolMSP",
                "inspector",
                List.of("SH/PD", "SH/XH"),
                null,
                "c.pem",
                "k_sk"));
  }

  @Test
  void reads_a_contractor_with_a_company_and_no_districts() {
    EnrolledPerson person =
        EnrolledPerson.parse("contractor1\tContractorMSP\tcontractor\t\tGREENFIX\tc.pem\tk_sk");

    assertThat(person.districts()).isEmpty();
    assertThat(person.company()).isEqualTo("GREENFIX");
  }

  @Test
  void refuses_an_empty_required_field() {
    assertThatThrownBy(() -> EnrolledPerson.parse("inspector1\t\tinspector\tSH\t\tc.pem\tk_sk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field 2 is empty");
  }

  @Test
  void refuses_a_line_with_more_fields() {
    assertThatThrownBy(() -> EnrolledPerson.parse("a\tb\tc\td\te\tf\tg\th"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected 7 tab-separated fields, found 8");
  }
}
