// Reporting periods as the audit API names them: "2026-11" (a month) or "2026-Q4" (a quarter),
// calendar periods in UTC.

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const pad = (n) => String(n).padStart(2, '0');

/** The month of an instant, e.g. "2026-11". */
export function monthOf(instant) {
  return `${instant.getUTCFullYear()}-${pad(instant.getUTCMonth() + 1)}`;
}

/** The quarter of an instant, e.g. "2026-Q4". */
export function quarterOf(instant) {
  return `${instant.getUTCFullYear()}-Q${Math.floor(instant.getUTCMonth() / 3) + 1}`;
}

/** The bounds of a period: from inclusive, to exclusive. Throws on an id it does not know. */
export function boundsOf(id) {
  let match = MONTH.exec(id);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2]) - 1];
    return { from: new Date(Date.UTC(year, month, 1)), to: new Date(Date.UTC(year, month + 1, 1)) };
  }
  match = QUARTER.exec(id);
  if (match) {
    const [year, first] = [Number(match[1]), (Number(match[2]) - 1) * 3];
    return { from: new Date(Date.UTC(year, first, 1)), to: new Date(Date.UTC(year, first + 3, 1)) };
  }
  throw new RangeError(`not a month or quarter: ${id}`);
}

/** The latest months, newest first, the current one included. */
export function recentMonths(now, count) {
  return Array.from({ length: count }, (_, i) =>
    monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1))));
}

/** The latest quarters, newest first, the current one included. */
export function recentQuarters(now, count) {
  const first = now.getUTCMonth() - (now.getUTCMonth() % 3);
  return Array.from({ length: count }, (_, i) =>
    quarterOf(new Date(Date.UTC(now.getUTCFullYear(), first - 3 * i, 1))));
}

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** A person's name for a period: "November 2026", "Q4 2026 (Oct–Dec)". */
export function labelOf(id) {
  const { from, to } = boundsOf(id);
  if (MONTH.test(id)) {
    return MONTH_NAME.format(from);
  }
  const last = new Date(to.getTime() - 1);
  return `${id.slice(5)} ${id.slice(0, 4)} (${SHORT_MONTH.format(from)}–${SHORT_MONTH.format(last)})`;
}

/**
 * The instant at which coverage is judged for a period: null (meaning now) while the period lasts,
 * else the period's end.
 */
export function coverageInstant(id, now) {
  const { to } = boundsOf(id);
  return to.getTime() > now.getTime() ? null : to.toISOString().replace('.000Z', 'Z');
}
