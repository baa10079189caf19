package org.fitledger.gateway.audit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AssessmentPdfTest {
  private final Assessment assessment = SampleAssessment.of();

  private static byte[] write(Assessment assessment, Path font) {
    ReportFonts fonts = new ReportFonts(font);
    List<Chart> charts = new ChartRenderer(fonts).draw(ChartData.of(assessment));
    return new AssessmentPdf(fonts).write(assessment, charts, SampleAssessment.BASE);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void writes_a_pdf_that_holds_every_figure_of_the_assessment() throws IOException {
    String text = text(write(assessment, FontFiles.ABSENT));

    assertThat(text).contains(ReportTables.title(assessment));
    for (SlaFigures row : assessment.districts()) {
      assertThat(text)
          .contains(
              row.group()
                  + " "
                  + row.tickets()
                  + " "
                  + FigureText.share(row.acknowledge())
                  + " "
                  + FigureText.share(row.makeSafe())
                  + " "
                  + FigureText.share(row.repair())
                  + " "
                  + FigureText.percent(row.reworkRate())
                  + " "
                  + row.overdueNow());
    }
    for (CoverageFigures row : assessment.coverage()) {
      assertThat(text)
          .contains(
              String.join(
                  " ",
                  row.district(),
                  row.level(),
                  Long.toString(row.equipment()),
                  Long.toString(row.overdue()),
                  Long.toString(row.neverInspected())));
    }
    assertThat(text).contains("inspector1 PatrolMSP 20 1 5.0%");
  }

  @Test
  void links_each_figure_to_its_drill_down_with_an_absolute_url() throws IOException {
    List<String> uris = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(write(assessment, FontFiles.ABSENT))) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    SlaFigures first = assessment.companies().get(0);
    assertThat(uris)
        .contains(
            SampleAssessment.BASE + first.ticketsLink(),
            SampleAssessment.BASE + first.acknowledge().link(),
            SampleAssessment.BASE + first.lateLink(),
            SampleAssessment.BASE + first.overdueLink(),
            SampleAssessment.BASE + assessment.coverage().get(1).overdueLink(),
            SampleAssessment.BASE + assessment.inspectors().get(0).beyondLink());
    assertThat(uris).allSatisfy(u -> assertThat(u).startsWith(SampleAssessment.BASE + "/api/v1/"));
  }

  @Test
  void writes_a_link_in_ascii_with_anything_else_percent_encoded() {
    assertThat(AssessmentPdf.ascii("https://x.example/api/v1/a?company=绿 <x>"))
        .isEqualTo("https://x.example/api/v1/a?company=%E7%BB%BF%20<x>");
  }

  @Test
  void embeds_a_chinese_font_so_that_chinese_names_read_back() throws IOException {
    assumeThat(Files.isReadable(FontFiles.WQY)).as("fonts-wqy-microhei installed").isTrue();
    assertThat(new ReportFonts(FontFiles.WQY).hasChinese()).isTrue();

    String text = text(write(assessment, FontFiles.WQY));

    assertThat(text).contains(SampleAssessment.CHINESE + " 12 9/10 (90.0%)").contains("巡检员二");
    assertThat(text).contains("<script>alert(1)</scrip");
  }

  @Test
  void falls_back_to_helvetica_without_the_font_and_still_writes_the_latin_figures()
      throws IOException {
    assertThat(new ReportFonts(FontFiles.ABSENT).hasChinese()).isFalse();

    String text = text(write(assessment, FontFiles.ABSENT));

    assertThat(text).contains("inspector1").contains("12 9/10 (90.0%)");
  }

  @Test
  void falls_back_when_the_font_file_is_not_a_font() throws IOException {
    Path junk = Files.createTempFile("not-a-font", ".ttc");
    try {
      Files.writeString(junk, "not a font");
      assertThat(new ReportFonts(junk).hasChinese()).isFalse();
      assertThat(text(write(assessment, junk))).contains("inspector1");
    } finally {
      Files.delete(junk);
    }
  }
}
