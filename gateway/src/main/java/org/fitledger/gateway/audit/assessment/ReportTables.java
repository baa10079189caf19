package org.fitledger.gateway.audit.assessment;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the report says, whatever it is written in: its title, its heading lines and its sections,
 * each a table of text cells, some linked to the records behind them. The PDF and the HTML writers
 * both lay out these, so that the two carry the same figures and the same links.
 *
 * <p>{@code ReportTables.sections(assessment).get(0).rows().get(0).get(1)} is the first company's
 * ticket count, linked to {@code /api/v1/audit/sla/steps?period=…&company=…}.
 */
final class ReportTables {
  /** One cell: its text, the relative link behind it (or null), and whether it is a number. */
  record Cell(String text, String link, boolean numeric) {
    static Cell text(String text) {
      return new Cell(text, null, false);
    }

    static Cell figure(String text, String link) {
      return new Cell(text, link, true);
    }
  }

  /** One section: heading, column names, rows, and what it says when it has no rows. */
  record Section(String heading, List<String> columns, List<List<Cell>> rows, String empty) {}

  private ReportTables() {}

  /** The report's title. */
  static String title(Assessment a) {
    return "FitLedger assessment " + a.period() + ", " + FigureText.district(a.district());
  }

  /** The lines under the title: period, district, the instants the figures are counted at. */
  static List<String> lines(Assessment a) {
    return List.of(
        "Period: " + a.period() + ", from " + a.from() + " to " + a.to() + " (UTC)",
        "District: "
            + FigureText.district(a.district())
            + "; district tables at level "
            + a.depth(),
        "Coverage as of "
            + a.coverageAsOf()
            + "; tickets overdue as of "
            + a.generatedAt().truncatedTo(ChronoUnit.SECONDS),
        "SLA figures count the tickets opened in the period. Each underlined figure links to the"
            + " ledger records behind it (transaction id, block, signer).");
  }

  /** The sections, in order: SLA by company, SLA by district, coverage, diligence. */
  static List<Section> sections(Assessment a) {
    return List.of(
        sla("SLA compliance by company", "Company", a.companies()),
        sla("SLA compliance by district", "District", a.districts()),
        new Section(
            "Coverage of the inspection intervals by district",
            List.of("District", "Level", "Equipment", "Overdue", "Never inspected"),
            rows(
                a.coverage(),
                c ->
                    List.of(
                        Cell.text(c.district()),
                        Cell.text(c.level()),
                        Cell.figure(Long.toString(c.equipment()), null),
                        Cell.figure(Long.toString(c.overdue()), c.overdueLink()),
                        Cell.figure(Long.toString(c.neverInspected()), null))),
            "No equipment registered in the district."),
        new Section(
            "Diligence by inspector",
            List.of("Inspector", "Organization", "Inspections", "Beyond tolerance", "Share beyond"),
            rows(
                a.inspectors(),
                i ->
                    List.of(
                        Cell.text(i.inspector()),
                        Cell.text(i.msp()),
                        Cell.figure(Long.toString(i.inspections()), i.inspectionsLink()),
                        Cell.figure(Long.toString(i.beyondTolerance()), i.beyondLink()),
                        Cell.figure(FigureText.percent(i.beyondShare()), i.beyondLink()))),
            "No inspections recorded in the period."));
  }

  private static Section sla(String heading, String group, List<SlaFigures> figures) {
    return new Section(
        heading,
        List.of(
            group,
            "Tickets",
            "Acknowledged on time",
            "Made safe on time",
            "Repaired on time",
            "Rework rate",
            "Overdue now",
            "Late steps"),
        rows(
            figures,
            s ->
                List.of(
                    Cell.text(FigureText.group(s.group())),
                    Cell.figure(Long.toString(s.tickets()), s.ticketsLink()),
                    share(s.acknowledge()),
                    share(s.makeSafe()),
                    share(s.repair()),
                    Cell.figure(
                        FigureText.percent(s.reworkRate()), s.ticketsLink() + "&step=reject"),
                    Cell.figure(Long.toString(s.overdueNow()), s.overdueLink()),
                    new Cell("list", s.lateLink(), false))),
        "No tickets opened in the period.");
  }

  private static Cell share(StepShare share) {
    return Cell.figure(FigureText.share(share), share.link());
  }

  private static <T> List<List<Cell>> rows(List<T> items, Function<T, List<Cell>> row) {
    List<List<Cell>> rows = new ArrayList<>();
    items.forEach(item -> rows.add(row.apply(item)));
    return rows;
  }
}
