import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundsOf, coverageInstant, labelOf, quarterOf, recentMonths, recentQuarters } from '../src/periods.js';

const at = (iso) => new Date(iso);

test('a month runs from its first day to the next month, in UTC', () => {
  assert.deepEqual(boundsOf('2026-12'), { from: at('2026-12-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') });
});

test('a quarter runs over three months', () => {
  assert.deepEqual(boundsOf('2026-Q4'), { from: at('2026-10-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') });
  assert.deepEqual(boundsOf('2027-Q1'), { from: at('2027-01-01T00:00:00Z'), to: at('2027-04-01T00:00:00Z') });
});

test('an unknown period id is refused', () => {
  for (const id of ['2026-13', '2026-Q5', '2026-1', 'Q4', '']) {
    assert.throws(() => boundsOf(id), RangeError, id);
  }
});

test('recent months and quarters start with the current one and cross years', () => {
  assert.deepEqual(recentMonths(at('2026-02-15T10:00:00Z'), 3), ['2026-02', '2026-01', '2025-12']);
  assert.deepEqual(recentQuarters(at('2026-02-15T10:00:00Z'), 3), ['2026-Q1', '2025-Q4', '2025-Q3']);
});

test('the quarter of an instant is taken in UTC', () => {
  assert.equal(quarterOf(at('2026-09-30T23:59:59Z')), '2026-Q3');
  assert.equal(quarterOf(at('2026-10-01T00:00:00Z')), '2026-Q4');
});

test('periods read as a person names them', () => {
  assert.equal(labelOf('2026-11'), 'November 2026');
  assert.equal(labelOf('2026-Q4'), 'Q4 2026 (Oct–Dec)');
});

test('coverage is judged now during the period and at its end afterwards', () => {
  const now = at('2026-11-22T09:00:00Z');
  assert.equal(coverageInstant('2026-11', now), null);
  assert.equal(coverageInstant('2026-Q4', now), null);
  assert.equal(coverageInstant('2026-10', now), '2026-11-01T00:00:00Z');
  assert.equal(coverageInstant('2026-Q3', now), '2026-10-01T00:00:00Z');
});
