package org.fitledger.gateway.audit.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.fitledger.gateway.audit.AuditFigures;
import org.fitledger.gateway.audit.AuditScope;
import org.fitledger.gateway.audit.CoverageRepository;
import org.fitledger.gateway.audit.DiligenceRepository;
import org.fitledger.gateway.audit.SlaRepository;
import org.fitledger.gateway.people.CurrentPerson;
import org.fitledger.gateway.people.Person;
import org.fitledger.gateway.query.Period;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The assessment report a supervisor files for a month, quarter or year: the audit's figures for a
 * district per company and per district, with charts, as PDF or self-contained HTML, each figure
 * linked to the records behind it. Who may read it, and where, is the audit's rule ({@link
 * AuditScope}).
 */
@RestController
@RequestMapping("/api/v1/audit/report")
@Tag(name = "audit")
class AssessmentController {
  private final AssessmentGatherer gatherer;
  private final ChartRenderer charts;
  private final AssessmentPdf pdf;
  private final Clock clock;

  /**
   * Reads through the audit's repositories. The fonts are {@code fitledger.report.font} (a TrueType
   * font or collection with Chinese glyphs), by default Debian's {@code fonts-wqy-microhei}. The
   * clock is the system's (UTC) unless the context holds one, as tests do.
   */
  AssessmentController(
      SlaRepository sla,
      CoverageRepository coverage,
      DiligenceRepository diligence,
      @Value("${fitledger.report.font:" + ReportFonts.WQY_MICROHEI + "}") Path font,
      ObjectProvider<Clock> clock) {
    ReportFonts fonts = new ReportFonts(font);
    this.gatherer = new AssessmentGatherer(new AuditFigures(sla, coverage, diligence));
    this.charts = new ChartRenderer(fonts);
    this.pdf = new AssessmentPdf(fonts);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @GetMapping
  @Operation(
      summary = "The assessment report of a period, as PDF or HTML (supervisors)",
      description =
          "period: 2026-11, 2026-Q4 or 2026 (default the current month, UTC); district: a path"
              + " prefix within one's districts (default all of them); depth 1..4 for the"
              + " district tables (default one below the district); format=pdf (default) or"
              + " html, or Accept: application/pdf or text/html. SLA per company and district,"
              + " coverage as of the period's end, diligence per inspector, with charts; every"
              + " figure links to the audit's drill-down of its records.")
  @ApiResponse(
      responseCode = "200",
      description = "the report",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "text/html", schema = @Schema(type = "string"))
      })
  ResponseEntity<byte[]> report(
      @RequestAttribute(CurrentPerson.ATTRIBUTE) Person person,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String depth,
      @Parameter(schema = @Schema(allowableValues = {"pdf", "html"}))
          @RequestParam(required = false)
          String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    AuditScope scope = AuditScope.of(person, district);
    Instant now = clock.instant();
    Period chosen = Period.parseOrMonthOf(period, now);
    int grouping = scope.depth(depth);
    ReportFormat form = ReportFormat.of(format, accept);
    Assessment assessment = gatherer.gather(scope, chosen, grouping, now);
    List<Chart> drawn = charts.draw(ChartData.of(assessment));
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    byte[] body =
        form == ReportFormat.PDF
            ? pdf.write(assessment, drawn, base)
            : AssessmentHtml.write(assessment, drawn, base).getBytes(StandardCharsets.UTF_8);
    String name =
        "assessment-"
            + chosen.id()
            + (scope.district() == null ? "" : "-" + scope.district().replace('/', '-'))
            + "."
            + form.extension();
    return ResponseEntity.ok()
        .contentType(form.mediaType())
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name).build().toString())
        .body(body);
  }
}
