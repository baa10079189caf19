package org.fitledger.gateway.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.fitledger.gateway.index.IndexProgress;
import org.fitledger.gateway.index.IndexedTransactions;
import org.fitledger.gateway.ledger.LedgerPort;
import org.fitledger.gateway.ledger.Submitted;
import org.fitledger.gateway.people.TestPeople;
import org.fitledger.gateway.write.LedgerWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(SettingsController.class)
@Import({TestPeople.class, LedgerWrites.class})
class SettingsControllerTest {
  private static final String TX = "1d2e".repeat(16);

  @Autowired MockMvcTester mvc;
  @MockitoBean LedgerPort ledger;
  @MockitoBean IndexProgress progress;
  @MockitoBean IndexedTransactions indexed;

  @Test
  void sets_the_tolerance_passing_meters_as_a_string_argument() {
    when(ledger.write(TestPeople.SUPERVISOR, "setLocationTolerance", "250"))
        .thenReturn(new Submitted(TX, 2, "{\"locationToleranceMeters\":250}"));

    assertThat(
            mvc.put()
                .uri("/api/v1/settings/location-tolerance")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"meters\":250}"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$.record.locationToleranceMeters")
        .isEqualTo(250);
  }

  @Test
  void refuses_a_missing_value_without_asking_the_ledger() {
    assertThat(
            mvc.put()
                .uri("/api/v1/settings/location-tolerance")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .hasStatus(HttpStatus.BAD_REQUEST);
    verifyNoInteractions(ledger);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"meters\":\"100\"}", "{\"meters\":100.5}", "{\"meters\":true}"})
  void refuses_a_tolerance_that_is_not_a_whole_number_without_asking_the_ledger(String body) {
    assertThat(
            mvc.put()
                .uri("/api/v1/settings/location-tolerance")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("INVALID_INPUT");
    verifyNoInteractions(ledger);
  }

  @Test
  void reads_the_settings_from_the_ledger() {
    when(ledger.evaluate(TestPeople.INSPECTOR, "readSettings"))
        .thenReturn("{\"locationToleranceMeters\":100}");

    assertThat(
            mvc.get()
                .uri("/api/v1/settings")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR)))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo("{\"locationToleranceMeters\":100}");
  }
}
