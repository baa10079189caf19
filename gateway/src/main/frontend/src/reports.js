// The SLA and coverage tables. Every figure is a link to the ledger records behind it, which the
// page opens in its records panel (see main.js): data-records holds the API path of the list.
import { withQuery } from './api.js';
import { h } from './dom.js';
import { NONE, hours, percent } from './format.js';
import { t } from './i18n.js';

/** A figure that opens its records, or plain text when the API gives no list for it. */
export function figure(text, recordsPath, title) {
  if (!recordsPath) {
    return text;
  }
  return h(
    'a',
    { class: 'records-link', href: '#records-panel', 'data-records': recordsPath, 'data-title': title },
    text,
  );
}

const STEPS = ['acknowledge', 'makeSafe', 'repair'];

/** The steps list behind a row's tickets, narrowed to one step. */
function stepsOf(row, step) {
  return row.links?.tickets ? withQuery(row.links.tickets, { step }) : null;
}

function lateSteps(row) {
  return STEPS.reduce((late, step) => {
    const s = row.steps?.[step];
    return late + (s ? s.done - s.onTime : 0);
  }, 0);
}

/** One row per contractor (or district) of GET /api/v1/audit/sla. */
export function slaRow(row) {
  // The row of tickets no contract covered has company null.
  const who = 'company' in row ? (row.company ?? t('sla.noContract')) : (row.district ?? NONE);
  const title = (kind) => t(`sla.records.${kind}`, { who });
  const cell = (field, ...content) => h('td', { 'data-field': field }, ...content);
  const stepCell = (step) => {
    const s = row.steps?.[step];
    const text =
      s && s.done > 0 ? t('sla.stepFigure', { share: percent(s.onTimeShare), onTime: s.onTime, done: s.done }) : NONE;
    return cell(step, figure(text, s && s.done > 0 ? stepsOf(row, step) : null, title(step)));
  };
  return h(
    'tr',
    { 'data-company': who },
    h('th', { scope: 'row', 'data-field': 'company' }, who),
    cell('tickets', figure(String(row.tickets), row.links?.tickets, title('tickets'))),
    ...STEPS.map(stepCell),
    cell('late', figure(String(lateSteps(row)), row.links?.late, title('late'))),
    cell(
      'hoursToAcknowledge',
      figure(hours(row.hoursToAcknowledge?.mean), stepsOf(row, 'acknowledge'), title('acknowledgements')),
    ),
    cell('hoursToRepair', figure(hours(row.hoursToRepair?.mean), stepsOf(row, 'repair'), title('repairs'))),
    cell('reworkRate', figure(percent(row.reworkRate), stepsOf(row, 'reject'), title('rejected'))),
    cell('overdueNow', figure(String(row.overdueNow), row.links?.overdue, title('overdue'))),
  );
}

const SOURCES = ['patrol', 'resident', 'device'];

/** One row per source (patrol, resident, device) of GET /api/v1/audit/reports. */
export function sourceRow(row) {
  const cell = (field, text) => h('td', { 'data-field': field }, text);
  return h(
    'tr',
    { 'data-source': row.source },
    h('th', { scope: 'row', 'data-field': 'source' }, SOURCES.includes(row.source) ? t(`source.${row.source}`) : row.source),
    cell('reported', String(row.reported)),
    cell('triaged', String(row.triaged)),
    cell('confirmed', String(row.confirmed)),
    cell('merged', String(row.merged)),
    cell('rejected', String(row.rejected)),
    cell('confirmedShare', percent(row.confirmedShare)),
    cell('triageHours', hours(row.triageHours?.median)),
  );
}

/** One row per machine of GET /api/v1/audit/wear. */
export function wearRow(row) {
  const cell = (field, text) => h('td', { 'data-field': field }, text);
  return h(
    'tr',
    { 'data-equipment': row.equipmentId },
    h('th', { scope: 'row', 'data-field': 'equipmentId' }, row.equipmentId),
    cell('districtPath', row.districtPath),
    cell('uses', String(row.uses)),
    cell('usageCount', String(row.usageCount)),
    cell('lastReadAt', row.lastReadAt ?? NONE),
  );
}

/** One row per district and level of GET /api/v1/audit/coverage. */
export function coverageRow(row) {
  const level = row.level ? t(`level.${row.level}`) : null;
  const where = t('coverage.where', { district: row.district, level: level ?? t('coverage.allLevels') });
  const title = (kind) => t(`coverage.records.${kind}`, { where });
  const cell = (field, ...content) => h('td', { 'data-field': field }, ...content);
  return h(
    'tr',
    { 'data-district': row.district, 'data-level': row.level ?? '' },
    h('th', { scope: 'row', 'data-field': 'district' }, row.district),
    cell('level', level ?? NONE),
    cell(
      'equipment',
      figure(String(row.equipment), row.links?.equipment, title('equipment')),
    ),
    cell('overdue', figure(String(row.overdue), row.links?.overdue, title('overdue'))),
    cell(
      'neverInspected',
      figure(String(row.neverInspected), row.links?.neverInspected, title('neverInspected')),
    ),
  );
}

/** A table body with one message row, for an empty report. */
export function emptyRow(columns, text) {
  return h('tr', {}, h('td', { colspan: columns, class: 'empty' }, text));
}
