// The SLA and coverage tables. Every figure is a link to the ledger records behind it, which the
// page opens in its records panel (see main.js): data-records holds the API path of the list.
import { withQuery } from './api.js';
import { h } from './dom.js';
import { NONE, hours, percent } from './format.js';

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

/** The SLA row of tickets no contract covered (company null). */
export const NO_CONTRACT = 'No covering contract';

const STEPS = [
  ['acknowledge', 'acknowledged'],
  ['makeSafe', 'made safe'],
  ['repair', 'repaired'],
];

/** The steps list behind a row's tickets, narrowed to one step. */
function stepsOf(row, step) {
  return row.links?.tickets ? withQuery(row.links.tickets, { step }) : null;
}

function lateSteps(row) {
  return STEPS.reduce((late, [step]) => {
    const s = row.steps?.[step];
    return late + (s ? s.done - s.onTime : 0);
  }, 0);
}

/** One row per contractor (or district) of GET /api/v1/audit/sla. */
export function slaRow(row) {
  const who = 'company' in row ? (row.company ?? NO_CONTRACT) : (row.district ?? NONE);
  const cell = (field, ...content) => h('td', { 'data-field': field }, ...content);
  const stepCell = ([step, done]) => {
    const s = row.steps?.[step];
    const text = s && s.done > 0 ? `${percent(s.onTimeShare)} (${s.onTime} of ${s.done})` : NONE;
    return cell(step, figure(text, s && s.done > 0 ? stepsOf(row, step) : null, `${who}: tickets ${done}`));
  };
  return h(
    'tr',
    { 'data-company': who },
    h('th', { scope: 'row', 'data-field': 'company' }, who),
    cell('tickets', figure(String(row.tickets), row.links?.tickets, `${who}: every step of its tickets`)),
    ...STEPS.map(stepCell),
    cell('late', figure(String(lateSteps(row)), row.links?.late, `${who}: steps done late`)),
    cell(
      'hoursToAcknowledge',
      figure(hours(row.hoursToAcknowledge?.mean), stepsOf(row, 'acknowledge'), `${who}: acknowledgements`),
    ),
    cell('hoursToRepair', figure(hours(row.hoursToRepair?.mean), stepsOf(row, 'repair'), `${who}: repairs`)),
    cell('reworkRate', figure(percent(row.reworkRate), stepsOf(row, 'reject'), `${who}: rejected repairs`)),
    cell('overdueNow', figure(String(row.overdueNow), row.links?.overdue, `${who}: tickets overdue now`)),
  );
}

const SOURCE_NAMES = { patrol: 'Patrols', resident: 'Residents', device: 'Devices' };

/** One row per source (patrol, resident, device) of GET /api/v1/audit/reports. */
export function sourceRow(row) {
  const cell = (field, text) => h('td', { 'data-field': field }, text);
  return h(
    'tr',
    { 'data-source': row.source },
    h('th', { scope: 'row', 'data-field': 'source' }, SOURCE_NAMES[row.source] ?? row.source),
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
  const where = `${row.district} (${row.level ?? 'all levels'})`;
  const cell = (field, ...content) => h('td', { 'data-field': field }, ...content);
  return h(
    'tr',
    { 'data-district': row.district, 'data-level': row.level ?? '' },
    h('th', { scope: 'row', 'data-field': 'district' }, row.district),
    cell('level', row.level ?? NONE),
    cell(
      'equipment',
      figure(String(row.equipment), row.links?.equipment, `${where}: equipment counted`),
    ),
    cell('overdue', figure(String(row.overdue), row.links?.overdue, `${where}: overdue for inspection`)),
    cell(
      'neverInspected',
      figure(String(row.neverInspected), row.links?.neverInspected, `${where}: never inspected`),
    ),
  );
}

/** A table body with one message row, for an empty report. */
export function emptyRow(columns, text) {
  return h('tr', {}, h('td', { colspan: columns, class: 'empty' }, text));
}
