package org.fitledger.gateway.audit.assessment;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Draws the report's charts with JFreeChart into PNG images, off screen (no display needed), in the
 * report's font so that Chinese names are drawn too.
 *
 * <p>{@code new ChartRenderer(fonts).draw(ChartData.of(assessment))}
 */
final class ChartRenderer {
  static final int WIDTH = 900;
  static final int HEIGHT = 360;

  private final StandardChartTheme theme;

  ChartRenderer(ReportFonts fonts) {
    theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(fonts.chart(16, true));
    theme.setLargeFont(fonts.chart(13, true));
    theme.setRegularFont(fonts.chart(12, false));
    theme.setSmallFont(fonts.chart(10, false));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(Color.LIGHT_GRAY);
    theme.setRangeGridlinePaint(Color.LIGHT_GRAY);
  }

  /** Each chart drawn, in order. */
  List<Chart> draw(List<ChartSpec> specs) {
    return specs.stream().map(this::draw).toList();
  }

  /** One chart drawn. */
  Chart draw(ChartSpec spec) {
    JFreeChart chart =
        spec.stacked()
            ? ChartFactory.createStackedBarChart(
                spec.title(),
                spec.categoryAxis(),
                spec.valueAxis(),
                spec.dataset(),
                PlotOrientation.VERTICAL,
                true,
                false,
                false)
            : ChartFactory.createBarChart(
                spec.title(),
                spec.categoryAxis(),
                spec.valueAxis(),
                spec.dataset(),
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
    theme.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.08);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Chart(spec.title(), png.toByteArray(), WIDTH, HEIGHT);
  }
}
