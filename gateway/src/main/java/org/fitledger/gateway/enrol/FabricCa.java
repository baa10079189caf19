package org.fitledger.gateway.enrol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.gateway.ledger.NetworkConfig;
import org.fitledger.gateway.ledger.OrgPeer;
import org.fitledger.model.error.ErrorCode;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Fabric CA's enrolment endpoint ({@code POST /api/v1/enroll}), over TLS trusting the
 * organization's TLS CA, with the person's enrolment id and one-time code as HTTP Basic
 * credentials. The body is built here from the checked request alone: nothing the device sent
 * reaches the CA but the request's DER, so it cannot ask for attributes or a profile of its own;
 * the certificate carries the attributes the registrar gave the person.
 */
@Component
class FabricCa implements CertificateAuthority {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final NetworkConfig network;
  private final JsonMapper json;
  private final Map<Path, HttpClient> clients = new ConcurrentHashMap<>();

  FabricCa(NetworkConfig network, JsonMapper json) {
    this.network = network;
    this.json = json;
  }

  @Override
  public X509Certificate enrol(
      String mspId, String username, String code, CertificateRequest request) {
    OrgPeer org = network.peer(mspId);
    OrgPeer.Ca ca =
        org.certificateAuthority()
            .orElseThrow(
                () ->
                    new CodedException(
                        ErrorCode.CA_UNAVAILABLE,
                        "the network file names no certificate authority for " + mspId));
    String body =
        json.writeValueAsString(
            Map.of(
                "certificate_request", request.pem(),
                "hosts", new String[0],
                "caname", ca.name()));
    HttpRequest post =
        HttpRequest.newBuilder(ca.url().resolve("/api/v1/enroll"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((username + ":" + code).getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response;
    try {
      response = client(org.tlsCaCert()).send(post, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw unavailable(ca, "cannot be reached: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(ca, "was not waited for", e);
    }
    return issued(ca, response);
  }

  private X509Certificate issued(OrgPeer.Ca ca, HttpResponse<String> response) {
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new CodedException(
          ErrorCode.ENROLMENT_REFUSED,
          "the enrolment code is wrong, used already, or not this person's; ask your registrar"
              + " for a new one");
    }
    JsonNode answer;
    try {
      answer = json.readTree(response.body());
    } catch (JacksonException e) {
      throw unavailable(ca, "answered " + response.statusCode() + " and no JSON", e);
    }
    JsonNode cert = answer.path("result").path("Cert");
    if (response.statusCode() / 100 != 2
        || !answer.path("success").asBoolean()
        || !cert.isString()) {
      throw unavailable(
          ca, "answered " + response.statusCode() + ": " + answer.path("errors").toString(), null);
    }
    try (InputStream pem = new ByteArrayInputStream(Base64.getDecoder().decode(cert.asString()))) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw unavailable(ca, "answered a certificate that cannot be read", e);
    }
  }

  private HttpClient client(Path tlsCaCert) {
    return clients.computeIfAbsent(
        tlsCaCert,
        file -> HttpClient.newBuilder().connectTimeout(TIMEOUT).sslContext(trusting(file)).build());
  }

  private static SSLContext trusting(Path tlsCaCert) {
    try (InputStream in = Files.newInputStream(tlsCaCert)) {
      KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
      trusted.load(null, null);
      int n = 0;
      for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        trusted.setCertificateEntry("ca-" + n++, certificate);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the TLS CA " + tlsCaCert + " cannot be read: " + e, e);
    }
  }

  private static CodedException unavailable(OrgPeer.Ca ca, String what, Exception cause) {
    return new CodedException(
        ErrorCode.CA_UNAVAILABLE, "the certificate authority " + ca.name() + " " + what, cause);
  }
}
