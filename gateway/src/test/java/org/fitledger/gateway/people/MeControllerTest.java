package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(MeController.class)
@Import(TestPeople.class)
class MeControllerTest {
  @Autowired MockMvcTester mvc;

  @Test
  void tells_who_the_request_acts_as_without_credentials_in_the_answer() {
    assertThat(
            mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR)))
        .hasStatus(HttpStatus.OK)
        .bodyJson()
        .isStrictlyEqualTo(
            "{\"username\":\"inspector1\",\"mspId\":\"PatrolMSP\",\"role\":\"inspector\","
                + "\"districts\":[\"SH/PD\"],\"company\":null}");
  }

  @Test
  void answers_401_with_a_basic_challenge_without_credentials() {
    assertThat(mvc.get().uri("/api/v1/me"))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"fitledger\", charset=\"UTF-8\"")
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void offers_both_basic_and_bearer_in_the_challenge() {
    assertThat(
            mvc.get()
                .uri("/api/v1/me")
                .exchange()
                .getResponse()
                .getHeaders(HttpHeaders.WWW_AUTHENTICATE))
        .containsExactly(
            "Basic realm=\"fitledger\", charset=\"UTF-8\"", "Bearer realm=\"fitledger\"");
  }

  @Test
  void answers_401_for_a_wrong_password() {
    assertThat(
            mvc.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic("inspector1", "guess")))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void answers_an_unsupported_method_with_405_its_allow_header_and_a_json_error() {
    assertThat(
            mvc.delete()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.INSPECTOR)))
        .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
        .hasHeader(HttpHeaders.ALLOW, "GET")
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("METHOD_NOT_ALLOWED");
  }
}
