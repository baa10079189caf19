// How figures and ledger records read on the page. No DOM here, so that node can test it.
import { has, t } from './i18n.js';

export const NONE = '–';

// The record fields the records panel shows, in this order; each is named by message column.<field>.
const COLUMN_FIELDS = [
  'ticketId',
  'id',
  'equipmentId',
  'patrolId',
  'position',
  'inspector',
  'site',
  'districtPath',
  'company',
  'severity',
  'state',
  'yourSteps',
  'status',
  'step',
  'overdueStep',
  'level',
  'condition',
  'at',
  'deadline',
  'onTime',
  'intervalDays',
  'lastInspectedAt',
  'dueAt',
  'distanceMeters',
  'recordedAt',
  'openedAt',
  'txId',
  'blockNumber',
  'signer',
];

// The record's own fields first, in this order; the ledger's proof (txId, block, signer) last.
const RECORD_FIELDS = COLUMN_FIELDS.filter(
  (name) => !['txId', 'blockNumber', 'signer'].includes(name),
);
const MAX_RECORD_FIELDS = 9;
export const LEDGER_FIELDS = ['txId', 'blockNumber', 'signer'];

/** A column's heading, in the page's language; a field without a name is its own heading. */
export function columnName(field) {
  return has(`column.${field}`) ? t(`column.${field}`) : field;
}

/** How an action the API allows reads: CONFIRM_REPAIR is "confirm repair". */
export function actionName(action) {
  return action.toLowerCase().replaceAll('_', ' ');
}

/** A drill-down item with the fields the page shows filled in where the API leaves them implicit. */
export function normalized(item) {
  const record = { ...item };
  if (record.deadline === undefined && record.overdueStep && record.deadlines) {
    record.deadline = record.deadlines[record.overdueStep];
  }
  if (record.signer === undefined) {
    record.signer = signerOf(item);
  }
  if (Array.isArray(item.allowedActions)) {
    record.yourSteps = item.allowedActions.length ? item.allowedActions.map(actionName).join(', ') : NONE;
  }
  return record;
}

/** The fields to show for a list of records: those they carry, then txId, block and signer. */
export function columnsOf(records) {
  const present = RECORD_FIELDS.filter((field) =>
    records.some((r) => r[field] !== undefined && r[field] !== null && typeof r[field] !== 'object'),
  );
  return [...present.slice(0, MAX_RECORD_FIELDS), ...LEDGER_FIELDS];
}

/**
 * Who signed the transaction that last wrote a record: the API's {name, msp}; for a ticket, the
 * step written by its txId; else the registering or recording person the record names.
 */
export function signerOf(record) {
  if (record.signer) {
    return record.signer;
  }
  const step = (record.steps ?? []).find((s) => s.txId && s.txId === record.txId);
  if (step) {
    return { name: step.by, msp: step.byMsp };
  }
  if (record.inspector) {
    return { name: record.inspector, msp: record.inspectorMsp ?? null };
  }
  if (record.registeredBy) {
    return { name: record.registeredBy, msp: null };
  }
  return null;
}

/** A cell's text. */
export function cellText(field, value) {
  if (value === undefined || value === null || value === '') {
    return NONE;
  }
  if (field === 'signer') {
    return value.msp ? `${value.name} (${value.msp})` : String(value.name);
  }
  if (field === 'onTime') {
    return value ? t('cell.onTime') : t('cell.late');
  }
  if (typeof value === 'object') {
    return JSON.stringify(value);
  }
  return String(value);
}

/** A share 0..1 as a whole percentage, e.g. "90%". */
export function percent(share) {
  return share === undefined || share === null ? NONE : `${Math.round(share * 100)}%`;
}

/** Hours with one decimal, e.g. "3.2 h". */
export function hours(value) {
  return value === undefined || value === null ? NONE : `${value.toFixed(1)} h`;
}

/** Every district prefix of the given paths at or below the given roots, sorted as a tree. */
export function districtTree(roots, paths) {
  const found = new Set(roots);
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const prefix = parts.slice(0, depth).join('/');
      if (roots.some((root) => prefix === root || prefix.startsWith(`${root}/`))) {
        found.add(prefix);
      }
    }
  }
  return [...found].sort();
}
