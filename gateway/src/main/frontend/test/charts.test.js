import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bandCentres, groupedBars, linePath, linearScale, niceMax, ticks } from '../src/charts.js';
import { trendSeries } from '../src/trends.js';

test('a linear scale maps the domain onto the range, inverted for SVG y', () => {
  const y = linearScale([0, 1], [200, 10]);
  assert.equal(y(0), 200);
  assert.equal(y(1), 10);
  assert.equal(y(0.5), 105);
  assert.equal(linearScale([3, 3], [0, 100])(3), 50, 'a flat domain maps to the middle');
});

test('counts get a round top: 1, 2 or 5 times a power of ten', () => {
  assert.deepEqual([0, 0.3, 1, 3, 7, 12, 20, 480].map(niceMax), [1, 0.5, 1, 5, 10, 20, 20, 500]);
  assert.equal(niceMax(-4), 1);
  assert.equal(niceMax(NaN), 1);
  assert.deepEqual(ticks(20, 4), [0, 5, 10, 15, 20]);
});

test('each month is centred in its band', () => {
  assert.deepEqual(bandCentres(4, 0, 400), [50, 150, 250, 350]);
});

test('a line moves to its first point, draws on, and breaks at a month without figures', () => {
  assert.equal(linePath([[0, 10], [10, 20], [20, 5]]), 'M0 10 L10 20 L20 5');
  assert.equal(linePath([[0, 10], [10, null], [20, 5], [30, 6]]), 'M0 10 M20 5 L30 6');
  assert.equal(linePath([[0, null], [1.234, 2.345]]), 'M1.23 2.35');
  assert.equal(linePath([]), '');
});

test('grouped bars stand side by side in each band, from the baseline to their value', () => {
  const y = linearScale([0, 10], [100, 0]);
  const bars = groupedBars([[10, 5], [0, null]], [0, 200], y, 100);
  assert.deepEqual(bars, [
    { series: 0, index: 0, value: 10, x: 10, y: 0, width: 40, height: 100 },
    { series: 0, index: 1, value: 5, x: 110, y: 50, width: 40, height: 50 },
    { series: 1, index: 0, value: 0, x: 50, y: 100, width: 40, height: 0 },
  ]);
  assert.deepEqual(groupedBars([], [0, 10], y, 100), []);
});

test('the trend series carry the answer’s figures month by month, coverage only for levels it has', () => {
  const month = (id, share, overdue, late, routine) => ({
    period: { id },
    onTimeShare: share,
    steps: {
      acknowledge: { onTimeShare: share },
      makeSafe: { onTimeShare: null },
      repair: { onTimeShare: 1 },
    },
    overdueNow: overdue,
    lateSteps: late,
    coverage: routine === undefined ? {} : { ROUTINE: { coveredShare: routine } },
  });
  const series = trendSeries({ months: [month('2026-10', 0.5, 2, 1, 0.75), month('2026-11', null, 0, 0)] });
  assert.deepEqual(series.onTime.map((s) => s.key), ['onTime', 'acknowledge', 'makeSafe', 'repair']);
  assert.deepEqual(series.onTime[0].values, [0.5, null]);
  assert.deepEqual(series.onTime[2].values, [null, null]);
  assert.deepEqual(series.overdue, [
    { key: 'overdueNow', values: [2, 0] },
    { key: 'lateSteps', values: [1, 0] },
  ]);
  assert.deepEqual(series.coverage, [{ key: 'ROUTINE', values: [0.75, null] }]);
});
