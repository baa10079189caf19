package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest({SessionController.class, MeController.class})
@Import(TestPeople.class)
class SessionControllerTest {
  @Autowired MockMvcTester mvc;
  @Autowired Tokens tokens;

  private String tokenFrom(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
    String body =
        mvc.perform(request)
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(body).get("accessToken").asString();
  }

  private MockMvcTester.MockMvcRequestBuilder me(String authorization) {
    return mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, authorization);
  }

  @Test
  void trades_basic_credentials_for_a_bearer_token_that_acts_as_the_person() throws Exception {
    assertThat(
            mvc.post()
                .uri("/api/v1/session")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.CONTRACTOR)))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$.tokenType")
        .isEqualTo("Bearer");
    String token =
        tokenFrom(
            mvc.post()
                .uri("/api/v1/session")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.CONTRACTOR)));

    assertThat(me("Bearer " + token))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$.company")
        .isEqualTo("GREENFIX");
  }

  @Test
  void trades_a_json_username_and_password_for_a_token_lasting_15_minutes() {
    assertThat(
            mvc.post()
                .uri("/api/v1/session")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"inspector1\",\"password\":\"inspector1-pw\"}"))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .extractingPath("$.expiresIn")
        .isEqualTo(900);
  }

  @Test
  void refuses_a_wrong_json_password_with_401() {
    assertThat(
            mvc.post()
                .uri("/api/v1/session")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"inspector1\",\"password\":\"guess\"}"))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void refuses_a_session_request_without_any_credentials() {
    assertThat(mvc.post().uri("/api/v1/session")).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refuses_a_tampered_token() {
    String token = tokens.issue(TestPeople.INSPECTOR).token();
    String[] parts = token.split("\\.");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    "{\"sub\":\"supervisor1\",\"iss\":\"fitledger-gateway\",\"exp\":9999999999}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertThat(me("Bearer " + forged)).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refuses_an_expired_token() {
    Tokens past =
        new Tokens(
            TestPeople.TOKEN_KEY,
            Duration.ofMinutes(15),
            Clock.fixed(Instant.now().minus(Duration.ofMinutes(16)), ZoneOffset.UTC));

    assertThat(me("Bearer " + past.issue(TestPeople.INSPECTOR).token()))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refuses_a_token_of_a_person_no_longer_in_the_people_file() {
    Person gone =
        new Person(
            "gone",
            "PatrolMSP",
            "inspector",
            TestPeople.INSPECTOR.certificate(),
            TestPeople.INSPECTOR.privateKey(),
            TestPeople.INSPECTOR.passwordHash());

    assertThat(me("Bearer " + tokens.issue(gone).token())).hasStatus(HttpStatus.UNAUTHORIZED);
  }
}
