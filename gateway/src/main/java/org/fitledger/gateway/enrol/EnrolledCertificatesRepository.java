package org.fitledger.gateway.enrol;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fitledger.gateway.error.CodedException;
import org.fitledger.model.error.ErrorCode;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The certificates people enrolled from their devices ({@code enrolled_certificates}), read once
 * into memory: the gateway asks for a person's certificate at every ledger call. Until the table
 * can be read no one's certificate is known, and the gateway acts for no one rather than under an
 * old certificate.
 */
@Repository
class EnrolledCertificatesRepository implements EnrolledCertificates {
  private final JdbcClient jdbc;
  private volatile Map<String, X509Certificate> newest;

  EnrolledCertificatesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<X509Certificate> enrolled(String username) {
    return Optional.ofNullable(loaded().get(username));
  }

  @Override
  public void add(String username, X509Certificate certificate) {
    Map<String, X509Certificate> known = loaded();
    jdbc.sql(
            "insert into enrolled_certificates (username, serial, certificate) values (?, ?, ?)"
                + " on conflict (username, serial) do nothing")
        .params(username, certificate.getSerialNumber().toString(16), pem(certificate))
        .update();
    known.put(username, certificate);
  }

  private Map<String, X509Certificate> loaded() {
    Map<String, X509Certificate> known = newest;
    if (known == null) {
      synchronized (this) {
        if (newest == null) {
          newest = read();
        }
        known = newest;
      }
    }
    return known;
  }

  private Map<String, X509Certificate> read() {
    Map<String, X509Certificate> read = new ConcurrentHashMap<>();
    try {
      jdbc.sql(
              "select distinct on (username) username, certificate from enrolled_certificates"
                  + " order by username, enrolled_at desc, serial")
          .query(
              rs -> {
                read.put(rs.getString("username"), certificate(rs.getString("certificate")));
              });
    } catch (DataAccessException e) {
      throw new CodedException(
          ErrorCode.INDEX_UNAVAILABLE,
          "the enrolled certificates cannot be read; no one can act until they are",
          e);
    }
    return read;
  }

  private static X509Certificate certificate(String pem) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException e) {
      throw new IllegalStateException("an enrolled certificate cannot be read: " + e, e);
    }
  }

  static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
