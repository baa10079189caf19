package org.fitledger.gateway.audit.assessment;

import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One bar chart of the report, before it is drawn: its title, axis and bars (rows of the dataset
 * are series, columns the groups along the axis).
 *
 * <p>{@code new ChartSpec("SLA on time by company", "company", "% on time", false, dataset)}
 *
 * @param title the chart's title
 * @param categoryAxis what the bars are grouped by
 * @param valueAxis what a bar's height is
 * @param stacked whether each group's series are stacked into one bar
 * @param dataset the values by series and group
 */
public record ChartSpec(
    String title,
    String categoryAxis,
    String valueAxis,
    boolean stacked,
    DefaultCategoryDataset dataset) {}
