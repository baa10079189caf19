package org.fitledger.gateway.audit.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fitledger.gateway.query.Params;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The form of the report a request asks for: the {@code format} parameter ({@code pdf} or {@code
 * html}) if it names one, else the first of {@code application/pdf} and {@code text/html} its
 * {@code Accept} header prefers, else PDF.
 *
 * <p>{@code ReportFormat.of(null, "text/html,*}{@code /*;q=0.8")} is {@code HTML}.
 */
enum ReportFormat {
  PDF("pdf", MediaType.APPLICATION_PDF),
  HTML("html", new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8));

  private final String parameter;
  private final MediaType mediaType;

  ReportFormat(String parameter, MediaType mediaType) {
    this.parameter = parameter;
    this.mediaType = mediaType;
  }

  /** The answer's content type. */
  MediaType mediaType() {
    return mediaType;
  }

  /** The file name's extension. */
  String extension() {
    return parameter;
  }

  /**
   * The form asked for.
   *
   * @param format the {@code format} parameter, or null
   * @param accept the {@code Accept} header, or null
   * @throws org.fitledger.gateway.error.CodedException {@code INVALID_INPUT} for another format
   */
  static ReportFormat of(String format, String accept) {
    String named =
        Params.oneOf(
            "format",
            Params.text(format) == null ? null : format.strip().toLowerCase(Locale.ROOT),
            List.of(PDF.parameter, HTML.parameter),
            null);
    if (named != null) {
      return named.equals(HTML.parameter) ? HTML : PDF;
    }
    for (MediaType type : byQuality(accept)) {
      if (type.isWildcardType() || type.isWildcardSubtype()) {
        continue;
      }
      for (ReportFormat form : values()) {
        if (form.mediaType.isCompatibleWith(type)) {
          return form;
        }
      }
    }
    return PDF;
  }

  // A header that cannot be parsed asks for nothing in particular.
  private static List<MediaType> byQuality(String accept) {
    if (Params.absent(accept)) {
      return List.of();
    }
    try {
      List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
      types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
      return types;
    } catch (InvalidMediaTypeException e) {
      return List.of();
    }
  }
}
