package org.fitledger.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

class AuthFilterTest {
  private final People people =
      new People(List.of(TestPeople.SUPERVISOR, TestPeople.INSPECTOR), "supervisor1");
  private final HandlerExceptionResolver errors = mock(HandlerExceptionResolver.class);
  private final AuthFilter filter =
      new AuthFilter(
          new Authenticator(people),
          new Tokens(TestPeople.TOKEN_KEY, Duration.ofMinutes(15), Clock.systemUTC()),
          people,
          errors);

  private HttpServletRequest passed(MockHttpServletRequest request) throws Exception {
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, new MockHttpServletResponse(), chain);
    return (HttpServletRequest) chain.getRequest();
  }

  private static MockHttpServletRequest health(Person person) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
    if (person != null) {
      request.addHeader(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
    }
    return request;
  }

  @Test
  void health_without_credentials_passes_as_nobody() throws Exception {
    HttpServletRequest passed = passed(health(null));

    assertThat(passed.getUserPrincipal()).isNull();
    assertThat(passed.isUserInRole("supervisor")).isFalse();
  }

  @Test
  void health_with_a_supervisors_credentials_passes_in_the_supervisor_role() throws Exception {
    HttpServletRequest passed = passed(health(TestPeople.SUPERVISOR));

    assertThat(passed.getUserPrincipal().getName()).isEqualTo("supervisor1");
    assertThat(passed.isUserInRole("supervisor")).isTrue();
  }

  @Test
  void health_with_an_inspectors_credentials_is_not_in_the_supervisor_role() throws Exception {
    HttpServletRequest passed = passed(health(TestPeople.INSPECTOR));

    assertThat(passed.getUserPrincipal().getName()).isEqualTo("inspector1");
    assertThat(passed.isUserInRole("supervisor")).isFalse();
  }

  @Test
  void health_with_a_wrong_password_is_refused_as_unauthenticated() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
    request.addHeader(HttpHeaders.AUTHORIZATION, TestPeople.basic("supervisor1", "wrong"));

    assertThat(passed(request)).isNull();
    ArgumentCaptor<Exception> refusal = ArgumentCaptor.forClass(Exception.class);
    verify(errors).resolveException(any(), any(), any(), refusal.capture());
    assertThat(((CodedException) refusal.getValue()).code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  private ErrorCode refusedMetrics(Person person) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
    if (person != null) {
      request.addHeader(HttpHeaders.AUTHORIZATION, TestPeople.basic(person));
    }
    assertThat(passed(request)).isNull();
    ArgumentCaptor<Exception> refusal = ArgumentCaptor.forClass(Exception.class);
    verify(errors).resolveException(any(), any(), any(), refusal.capture());
    return ((CodedException) refusal.getValue()).code();
  }

  @Test
  void the_metrics_without_credentials_are_refused_as_unauthenticated() throws Exception {
    assertThat(refusedMetrics(null)).isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void the_metrics_are_refused_to_an_inspector() throws Exception {
    assertThat(refusedMetrics(TestPeople.INSPECTOR)).isEqualTo(ErrorCode.ACCESS_DENIED);
  }

  @Test
  void the_metrics_are_a_supervisors() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
    request.addHeader(HttpHeaders.AUTHORIZATION, TestPeople.basic(TestPeople.SUPERVISOR));

    assertThat(passed(request).getUserPrincipal().getName()).isEqualTo("supervisor1");
    verify(errors, never()).resolveException(any(), any(), any(), any());
  }

  @Test
  void the_api_without_credentials_is_refused() throws Exception {
    assertThat(passed(new MockHttpServletRequest("GET", "/api/v1/tickets"))).isNull();
    verify(errors).resolveException(any(), any(), any(), any());
  }

  @Test
  void other_paths_are_not_touched() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard/");

    assertThat(passed(request)).isSameAs(request);
    verify(errors, never()).resolveException(any(), any(), any(), any());
  }
}
