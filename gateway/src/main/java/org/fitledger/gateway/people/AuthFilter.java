package org.fitledger.gateway.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Lets a request under {@code /api/} through only with a person's bearer token or HTTP Basic
 * credentials, and makes it act as that person. {@code POST /api/v1/session} may come without
 * either: it carries the password in its body. A request under {@code /actuator/} may come without
 * credentials; with them, it is that person's ({@link HttpServletRequest#isUserInRole} answers
 * their role), so that health details are shown to supervisors only. The metrics ({@code
 * /actuator/prometheus}) are a supervisor's only: they describe the machine the gateway runs on
 * (its disks' paths among them).
 */
@Component
@ConditionalOnWebApplication
class AuthFilter extends OncePerRequestFilter {
  private static final String BEARER = "bearer ";
  private static final String METRICS = "/actuator/prometheus";

  /**
   * Where a device enrols with its one-time code, and signs its person in with its key ({@code
   * enrol.EnrolmentController}, {@code enrol.DeviceSignInController}).
   */
  private static final Set<String> DEVICE_PATHS =
      Set.of("/api/v1/enrolments", "/api/v1/session/challenge", "/api/v1/session/device");

  private final Authenticator authenticator;
  private final Tokens tokens;
  private final People people;
  private final HandlerExceptionResolver errors;

  AuthFilter(
      Authenticator authenticator,
      Tokens tokens,
      People people,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
    this.authenticator = authenticator;
    this.tokens = tokens;
    this.people = people;
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isUnder(request, "/api/") && !isUnder(request, "/actuator/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    boolean metrics = isUnder(request, METRICS);
    if (header == null
        && (isSessionRequest(request) || (isUnder(request, "/actuator/") && !metrics))) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Person> person = authenticate(header);
    if (person.isEmpty()) {
      refuse(
          request,
          response,
          ErrorCode.UNAUTHENTICATED,
          "a bearer token from POST /api/v1/session, or HTTP Basic credentials, needed");
      return;
    }
    if (metrics && !Scope.of(person.get()).isSupervisor()) {
      refuse(request, response, ErrorCode.ACCESS_DENIED, "the metrics are for supervisors");
      return;
    }
    CurrentPerson.set(request, person.get());
    chain.doFilter(new PersonRequest(request, person.get()), response);
  }

  /** Filters run outside the DispatcherServlet: the error goes to the one web error mapper. */
  private void refuse(
      HttpServletRequest request, HttpServletResponse response, ErrorCode code, String message) {
    errors.resolveException(request, response, null, new CodedException(code, message));
  }

  private static boolean isUnder(HttpServletRequest request, String path) {
    return request.getRequestURI().startsWith(request.getContextPath() + path);
  }

  /** A request made by a signed-in person: their name is its principal and their role its role. */
  private static final class PersonRequest extends HttpServletRequestWrapper {
    private final Person person;

    PersonRequest(HttpServletRequest request, Person person) {
      super(request);
      this.person = person;
    }

    @Override
    public Principal getUserPrincipal() {
      return person::username;
    }

    @Override
    public String getRemoteUser() {
      return person.username();
    }

    @Override
    public boolean isUserInRole(String role) {
      return person.role().equals(role);
    }
  }

  private Optional<Person> authenticate(String header) {
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return tokens.verify(header.substring(BEARER.length()).trim()).flatMap(people::find);
    }
    return BasicCredentials.parse(header)
        .flatMap(c -> authenticator.authenticate(c.username(), c.password()));
  }

  /**
   * A sign-in (with a password, or a device's key), or a device's enrolment, which its one-time
   * code authenticates: the only requests under {@code /api/} made before anyone is signed in.
   */
  private static boolean isSessionRequest(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod())
        && (path.equals(SessionController.PATH) || DEVICE_PATHS.contains(path));
  }
}
