package org.fitledger.gateway.audit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AssessmentHtmlTest {
  private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]*)\">([^<]*)</a>");

  private final Assessment assessment = SampleAssessment.of();
  private final List<Chart> charts =
      new ChartRenderer(new ReportFonts(FontFiles.ABSENT)).draw(ChartData.of(assessment));
  private final String html = AssessmentHtml.write(assessment, charts, SampleAssessment.BASE);

  @Test
  void escapes_a_company_named_like_a_script_tag() {
    assertThat(html).doesNotContain("<script").doesNotContain(SampleAssessment.SCRIPT);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void escapes_markup_quotes_and_ampersands() {
    assertThat(AssessmentHtml.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
  }

  @Test
  void links_each_figure_to_its_drill_down_at_the_base_url() {
    List<String[]> links = links();
    SlaFigures first = assessment.companies().get(0);
    assertThat(links)
        .anySatisfy(l -> assertLink(l, first.ticketsLink(), Long.toString(first.tickets())))
        .anySatisfy(l -> assertLink(l, first.repair().link(), FigureText.share(first.repair())))
        .anySatisfy(l -> assertLink(l, first.overdueLink(), Long.toString(first.overdueNow())));
    for (CoverageFigures row : assessment.coverage()) {
      assertThat(links)
          .anySatisfy(l -> assertLink(l, row.overdueLink(), Long.toString(row.overdue())));
    }
    for (InspectorFigures row : assessment.inspectors()) {
      assertThat(links)
          .anySatisfy(l -> assertLink(l, row.inspectionsLink(), Long.toString(row.inspections())));
    }
    assertThat(links).allSatisfy(l -> assertThat(l[0]).startsWith(SampleAssessment.BASE + "/"));
  }

  @Test
  void holds_every_figure_and_chinese_names_as_written() {
    for (SlaFigures row : assessment.districts()) {
      assertThat(html)
          .contains(row.group())
          .contains(FigureText.share(row.acknowledge()))
          .contains(FigureText.share(row.makeSafe()))
          .contains(FigureText.percent(row.reworkRate()));
    }
    assertThat(html).contains(SampleAssessment.CHINESE).contains("巡检员二");
    assertThat(html).contains(FigureText.NO_CONTRACT);
  }

  @Test
  void embeds_its_charts_as_data_images_and_reaches_no_other_host() {
    assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(charts.size() + 1);
    String rest =
        HREF.matcher(html).replaceAll("").replaceAll("src=\"data:image/png;base64,[^\"]*\"", "");
    assertThat(rest)
        .doesNotContain("src=")
        .doesNotContain("href=")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("//");
  }

  private List<String[]> links() {
    List<String[]> links = new ArrayList<>();
    Matcher matcher = HREF.matcher(html);
    while (matcher.find()) {
      links.add(new String[] {unescape(matcher.group(1)), unescape(matcher.group(2))});
    }
    return links;
  }

  private static void assertLink(String[] link, String href, String text) {
    assertThat(link[0]).isEqualTo(SampleAssessment.BASE + href);
    assertThat(link[1]).isEqualTo(text);
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
