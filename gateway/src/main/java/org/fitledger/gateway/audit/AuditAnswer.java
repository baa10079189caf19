package org.fitledger.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.fitledger.gateway.query.Params;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An audit answer as JSON, or as a CSV attachment when the request says {@code format=csv} or
 * accepts {@code text/csv} (and does not say {@code format=json}).
 */
final class AuditAnswer {
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private AuditAnswer() {}

  /**
   * Whether the request asks for CSV.
   *
   * @param format the {@code format} parameter: csv, json or absent
   * @param accept the {@code Accept} header, or null
   */
  static boolean wantsCsv(String format, String accept) {
    String chosen = Params.oneOf("format", Params.text(format), List.of("csv", "json"), null);
    if (chosen != null) {
      return chosen.equals("csv");
    }
    return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
  }

  /**
   * The answer.
   *
   * @param csv whether to answer CSV
   * @param json the JSON body
   * @param csvText the CSV text, made only when asked for
   * @param filename the attachment's name, without {@code .csv}
   */
  static ResponseEntity<Object> of(
      boolean csv, Object json, Supplier<String> csvText, String filename) {
    if (!csv) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename + ".csv").build().toString())
        .body(csvText.get());
  }
}
