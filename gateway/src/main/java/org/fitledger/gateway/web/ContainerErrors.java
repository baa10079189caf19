package org.fitledger.gateway.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.fitledger.model.error.ErrorCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before any of the gateway's code sees them: a path holding an
 * encoded NUL or slash ({@code %00}, {@code %2F}) or bytes that are not UTF-8, or a request line or
 * headers too long. It answered those with its own HTML page; this puts a valve in place of
 * Tomcat's error report that answers them, like every other error, with the {@link ApiError} body:
 * {@code 400 {"code":"INVALID_INPUT",...}} (any other status keeps its name as the code).
 */
@Component
@ConditionalOnWebApplication
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(JsonErrorReport.class.getName());
          }
        });
  }

  /** The error report of requests that Tomcat answers itself, as JSON. Tomcat makes it by name. */
  public static class JsonErrorReport extends ErrorReportValve {

    /** The message of a request refused before the gateway read it. */
    static final String UNREADABLE =
        "the request cannot be read: its path holds an encoded NUL or slash or bytes that are not"
            + " UTF-8, or its request line or headers are too long";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      // As Tomcat's own report: nothing for a success, an answer already begun or already reported.
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean io = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
      if (!io.get()) {
        return;
      }
      try {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(JsonMapper.shared().writeValueAsString(body(status)));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the answer cannot be written: nothing more to say.
      }
    }

    static ApiError body(int status) {
      if (status == HttpStatus.BAD_REQUEST.value()) {
        return new ApiError(ErrorCode.INVALID_INPUT.name(), UNREADABLE, null, List.of());
      }
      HttpStatus known = HttpStatus.resolve(status);
      return new ApiError(
          known == null ? String.valueOf(status) : known.name(),
          known == null ? "HTTP status " + status : known.getReasonPhrase(),
          null,
          List.of());
    }
  }
}
