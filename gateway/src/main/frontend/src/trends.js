// Month-over-month trends of a district (GET /api/v1/audit/trends): on-time shares of the steps,
// tickets still overdue and steps done late, and coverage per inspection level, as three charts.
import { chart } from './charts.js';
import { NONE, percent } from './format.js';
import { t } from './i18n.js';
import { labelOf, shortMonthOf } from './periods.js';

export const MONTHS = 12;

const STEPS = ['acknowledge', 'makeSafe', 'repair'];
const LEVELS = ['ROUTINE', 'FUNCTIONAL', 'STRUCTURAL'];

const count = (value) => (value === null || value === undefined ? NONE : String(value));

/** The three charts' specs from a trends answer; pure, so that what is drawn is what was answered. */
export function trendSeries(report) {
  const months = report.months;
  const onTime = [
    { key: 'onTime', values: months.map((m) => m.onTimeShare) },
    ...STEPS.map((step) => ({ key: step, values: months.map((m) => m.steps[step].onTimeShare) })),
  ];
  const overdue = [
    { key: 'overdueNow', values: months.map((m) => m.overdueNow) },
    { key: 'lateSteps', values: months.map((m) => m.lateSteps) },
  ];
  const levels = LEVELS.filter((level) => months.some((m) => m.coverage[level]));
  const coverage = levels.map((level) => ({
    key: level,
    values: months.map((m) => m.coverage[level]?.coveredShare ?? null),
  }));
  return { onTime, overdue, coverage };
}

/** The charts of a trends answer, each a figure with its table. */
export function trendCharts(report) {
  const keys = report.months.map((m) => m.period.id);
  const labels = keys.map(shortMonthOf);
  // The year under the first month and under each January.
  const subLabels = keys.map((id, i) => (i === 0 || id.endsWith('-01') ? id.slice(0, 4) : ''));
  const fullLabels = keys.map((id) => labelOf(id));
  const named = (series) => series.map((s) => ({ ...s, name: t(`trends.series.${s.key}`) }));
  const common = (title) => ({
    keys,
    labels,
    subLabels,
    fullLabels,
    title,
    texts: { table: t('trends.table'), first: t('trends.month') },
    seriesText: (series, values) => t('trends.seriesFigures', { series, values }),
    ariaLabel: (figures) =>
      t('trends.chartLabel', { title, from: fullLabels[0], to: fullLabels[fullLabels.length - 1], figures }),
  });
  const { onTime, overdue, coverage } = trendSeries(report);
  return [
    chart({
      ...common(t('trends.sla')),
      id: 'trend-sla',
      kind: 'line',
      series: named(onTime),
      format: percent,
      axis: percent,
    }),
    chart({
      ...common(t('trends.overdue')),
      id: 'trend-overdue',
      kind: 'bar',
      series: named(overdue),
      format: count,
      axis: (tick) => (Number.isInteger(tick) ? String(tick) : ''),
    }),
    chart({
      ...common(t('trends.coverage')),
      id: 'trend-coverage',
      kind: 'line',
      series: named(coverage),
      format: percent,
      axis: percent,
    }),
  ];
}
