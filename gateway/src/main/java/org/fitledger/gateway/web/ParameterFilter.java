package org.fitledger.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses, with 400 {@code INVALID_INPUT}, a request to the API whose query cannot be parsed (the
 * servlet container refuses a parameter without a name or a malformed escape), or has a name or
 * value holding a control character (NUL included) or an unpaired surrogate: no search, filter or
 * page parameter means anything with them, and they must reach neither the index's SQL nor a log
 * line.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterFilter extends OncePerRequestFilter {
  private final HandlerExceptionResolver errors;

  ParameterFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
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
    Optional<String> problem;
    try {
      problem = problem(request.getParameterMap());
    } catch (IllegalStateException e) {
      // The servlet container could not parse the query (a parameter without a name, a malformed
      // escape, too many parameters) and says so on the first read of a parameter.
      problem =
          Optional.of(
              "the query cannot be read: a parameter without a name, a malformed %-escape or too"
                  + " many parameters");
    }
    if (problem.isPresent()) {
      errors.resolveException(
          request, response, null, new CodedException(ErrorCode.INVALID_INPUT, problem.get()));
      return;
    }
    chain.doFilter(request, response);
  }

  /** What is wrong with the parameters, if anything. */
  static Optional<String> problem(Map<String, String[]> parameters) {
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (name.isBlank()) {
        return Optional.of("a query parameter has no name");
      }
      if (!printable(name)) {
        return Optional.of("a query parameter's name holds a control character");
      }
      for (String value : parameter.getValue()) {
        if (value != null && !printable(value)) {
          return Optional.of(
              "query parameter "
                  + name
                  + " must not hold control characters or unpaired surrogates");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
