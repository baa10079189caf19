package org.fitledger.gateway.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.error.ErrorCode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Lets a request under {@code /api/} through only with a person's HTTP Basic credentials, and makes
 * it act as that person.
 */
@Component
class BasicAuthFilter extends OncePerRequestFilter {
  private final Authenticator authenticator;
  private final HandlerExceptionResolver errors;

  BasicAuthFilter(
      Authenticator authenticator,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
    this.authenticator = authenticator;
    this.errors = errors;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Person> person =
        BasicCredentials.parse(request.getHeader(HttpHeaders.AUTHORIZATION))
            .flatMap(c -> authenticator.authenticate(c.username(), c.password()));
    if (person.isEmpty()) {
      // Filters run outside the DispatcherServlet: hand the error to the one web error mapper.
      errors.resolveException(
          request,
          response,
          null,
          new CodedException(
              ErrorCode.UNAUTHENTICATED, "HTTP Basic credentials of a FitLedger person needed"));
      return;
    }
    CurrentPerson.set(request, person.get());
    chain.doFilter(request, response);
  }
}
