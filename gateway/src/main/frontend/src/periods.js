// Reporting periods as the audit API names them: "2026-11" (a month) or "2026-Q4" (a quarter),
// calendar periods in UTC. Their names are in the page's language (see i18n.js).
import { dateLocale, t } from './i18n.js';

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

const formats = new Map();

/** An Intl date format in the current language, made once per language and options. */
function format(options) {
  const key = `${dateLocale()} ${JSON.stringify(options)}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.DateTimeFormat(dateLocale(), { ...options, timeZone: 'UTC' }));
  }
  return formats.get(key);
}

/** A person's name for a period: "November 2026", "Q4 2026 (Oct–Dec)"; "2026年11月" in Chinese. */
export function labelOf(id) {
  const { from, to } = boundsOf(id);
  if (MONTH.test(id)) {
    return format({ month: 'long', year: 'numeric' }).format(from);
  }
  const last = new Date(to.getTime() - 1);
  const short = format({ month: 'short' });
  return t('period.quarter', {
    quarter: id.slice(5),
    number: id.slice(6),
    year: id.slice(0, 4),
    from: short.format(from),
    to: short.format(last),
  });
}

/** A month's short name for a chart's axis: "Nov"; "11月" in Chinese. */
export function shortMonthOf(id) {
  return format({ month: 'short' }).format(boundsOf(id).from);
}

/**
 * The instant at which coverage is judged for a period: null (meaning now) while the period lasts,
 * else the period's end.
 */
export function coverageInstant(id, now) {
  const { to } = boundsOf(id);
  return to.getTime() > now.getTime() ? null : to.toISOString().replace('.000Z', 'Z');
}
