// The supervisor dashboard: sign-in, then overdue tickets, SLA compliance, inspection coverage and
// the equipment map for one district and period, each figure opening the records behind it.
import 'leaflet/dist/leaflet.css';
import './dashboard.css';
import { ApiError, downloadCsv, getAll, getJson, signIn, signOut, storedSession, withQuery } from './api.js';
import { byId, h, status } from './dom.js';
import { districtTree } from './format.js';
import { EquipmentMap, STATES } from './map.js';
import { coverageInstant, labelOf, monthOf, recentMonths, recentQuarters } from './periods.js';
import { RecordsPanel } from './records.js';
import { coverageRow, emptyRow, slaRow, sourceRow, wearRow } from './reports.js';


let equipmentMap = null;
let loading = 0;
const records = new RecordsPanel(onFailure);

function showSignIn(message = '') {
  byId('dashboard').hidden = true;
  byId('who').hidden = true;
  byId('sign-in-panel').hidden = false;
  byId('sign-in-error').textContent = message;
  byId('username').focus();
}

/** A 401 anywhere means the token expired or was refused: back to the sign-in form. */
function onFailure(error) {
  if (error instanceof ApiError && error.status === 401) {
    signOut();
    showSignIn('Your session has ended. Please sign in again.');
  }
}

async function start() {
  let me;
  try {
    me = await getJson('/api/v1/me');
  } catch (error) {
    signOut();
    showSignIn(error instanceof ApiError && error.status === 401 ? '' : `Cannot reach the gateway: ${error.message}`);
    return;
  }
  byId('sign-in-panel').hidden = true;
  byId('who').hidden = false;
  byId('signed-in-as').textContent = `${me.username} (${me.role})`;
  byId('dashboard').hidden = false;
  fillPeriods(new Date());
  await fillDistricts(me);
  if (!equipmentMap) {
    equipmentMap = new EquipmentMap(byId('map'), await tileSettings(), (id) =>
      records.open(withQuery('/api/v1/tickets', { equipmentId: id }), `tickets of ${id}`),
    );
  }
  await refresh();
}

async function tileSettings() {
  try {
    const response = await fetch('config.json', { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : {};
  } catch {
    return {};
  }
}

function fillPeriods(now) {
  const select = byId('period');
  const current = select.value || monthOf(now);
  const option = (id) => h('option', { value: id }, labelOf(id));
  select.replaceChildren(
    h('optgroup', { label: 'Months' }, recentMonths(now, 12).map(option)),
    h('optgroup', { label: 'Quarters' }, recentQuarters(now, 8).map(option)),
  );
  select.value = current;
}

/** The person's districts and every district below them that holds equipment. */
async function fillDistricts(me) {
  const select = byId('district');
  const chosen = select.value;
  const paths = [];
  for (const district of me.districts) {
    try {
      paths.push(...(await getAll(withQuery('/api/v1/equipment', { district }))).map((e) => e.districtPath));
    } catch (error) {
      onFailure(error);
    }
  }
  const roots = me.districts;
  select.replaceChildren(
    ...districtTree(roots, paths).map((path) => {
      const depth = path.split('/').length - Math.min(...roots.map((r) => r.split('/').length));
      return h('option', { value: path }, `${'\u2003'.repeat(Math.max(depth, 0))}${path}`);
    }),
  );
  if (chosen && [...select.options].some((o) => o.value === chosen)) {
    select.value = chosen;
  }
}

/** Loads every panel for the chosen district and period; the last refresh wins. */
async function refresh() {
  const run = ++loading;
  const district = byId('district').value;
  const period = byId('period').value;
  const now = new Date();
  const at = coverageInstant(period, now);
  const dashboard = byId('dashboard');
  dashboard.setAttribute('aria-busy', 'true');
  byId('as-of').textContent = `${district} · ${labelOf(period)} · loading…`;
  const current = () => run === loading;
  await Promise.allSettled([
    loadOverdue(district, current),
    loadSla(district, period, current),
    loadCoverage(district, at, current),
    loadSources(district, period, current),
    loadWear(district, period, current),
    loadMap(district, current),
  ]);
  if (current()) {
    dashboard.setAttribute('aria-busy', 'false');
    dashboard.dataset.loadedAt = now.toISOString();
    byId('as-of').textContent =
      `${district} · ${labelOf(period)} · figures as of ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}

/** Runs one panel's load; a failure shows in its status line and leaves the others alone. */
async function panel(statusId, current, load) {
  status(statusId, 'Loading…');
  try {
    await load();
    if (current()) {
      status(statusId, '');
    }
  } catch (error) {
    if (current()) {
      status(statusId, `Not available: ${error.message} (${error.code ?? 'error'})`, true);
    }
    onFailure(error);
  }
}

function csvLink(id, path, name) {
  const link = byId(id);
  link.href = path;
  link.dataset.csv = path;
  link.dataset.filename = name;
}

function loadOverdue(district, current) {
  const list = withQuery('/api/v1/tickets', { overdue: 'true', district, sort: 'repairDeadline' });
  csvLink('overdue-csv', withQuery(list, { format: 'csv' }), `overdue-tickets-${district}.csv`);
  const count = byId('overdue-count');
  count.textContent = '–';
  delete count.dataset.records;
  return panel('overdue-status', current, async () => {
    const page = await getJson(withQuery(list, { page: 0, size: 1 }));
    if (!current()) return;
    count.textContent = String(page.total);
    count.dataset.records = list;
    count.dataset.title = `tickets overdue now in ${district}`;
  });
}

function loadSla(district, period, current) {
  const report = withQuery('/api/v1/audit/sla', { period, district });
  csvLink('sla-csv', withQuery(report, { format: 'csv' }), `sla-${period}.csv`);
  byId('sla-caption').textContent = `Tickets opened in ${labelOf(period)} in ${district}, by contractor`;
  const body = byId('sla-table').tBodies[0];
  body.replaceChildren();
  return panel('sla-status', current, async () => {
    const sla = await getJson(report);
    if (!current()) return;
    body.replaceChildren(...(sla.rows.length ? sla.rows.map(slaRow) : [emptyRow(10, 'No tickets opened in this period.')]));
  });
}

function loadSources(district, period, current) {
  const report = withQuery('/api/v1/audit/reports', { period, district });
  csvLink('sources-csv', withQuery(report, { format: 'csv' }), `report-sources-${period}.csv`);
  byId('sources-caption').textContent = `Faults reported in ${labelOf(period)} in ${district}`;
  const body = byId('sources-table').tBodies[0];
  body.replaceChildren();
  return panel('sources-status', current, async () => {
    const sources = await getJson(report);
    if (!current()) return;
    body.replaceChildren(...sources.sources.map(sourceRow));
  });
}

function loadWear(district, period, current) {
  const report = withQuery('/api/v1/audit/wear', { period, district });
  csvLink('wear-csv', withQuery(report, { format: 'csv' }), `wear-${period}.csv`);
  byId('wear-caption').textContent = `Uses of connected machines in ${labelOf(period)} in ${district}`;
  const body = byId('wear-table').tBodies[0];
  body.replaceChildren();
  return panel('wear-status', current, async () => {
    const rows = await getJson(report);
    if (!current()) return;
    body.replaceChildren(...(rows.length ? rows.map(wearRow) : [emptyRow(5, 'No machine sent a reading in this period.')]));
  });
}

function loadCoverage(district, at, current) {
  const report = withQuery('/api/v1/audit/coverage', { district, at });
  csvLink('coverage-csv', withQuery(report, { format: 'csv' }), `coverage-${district}.csv`);
  const body = byId('coverage-table').tBodies[0];
  body.replaceChildren();
  return panel('coverage-status', current, async () => {
    const coverage = await getJson(report);
    if (!current()) return;
    byId('coverage-caption').textContent =
      `Equipment in ${coverage.district ?? district} not inspected within its interval, as of ${coverage.asOf ?? 'now'}`;
    body.replaceChildren(
      ...(coverage.rows.length ? coverage.rows.map(coverageRow) : [emptyRow(5, 'No equipment to inspect.')]),
    );
  });
}

function loadMap(district, current) {
  return panel('map-status', current, async () => {
    const [equipment, open] = await Promise.all([
      getAll(withQuery('/api/v1/equipment', { district })),
      getAll(withQuery('/api/v1/tickets', { district, open: true })).catch((error) => error),
    ]);
    if (!current()) return;
    const withOpenTicket = new Set(open instanceof Error ? [] : open.map((t) => t.equipmentId));
    const counts = equipmentMap.show(equipment, withOpenTicket);
    const shown = Object.values(counts).reduce((a, b) => a + b, 0);
    byId('map-count').textContent = String(shown);
    byId('map-legend').replaceChildren(...STATES.map((state) => legendItem(state, counts[state.key], district)));
    if (open instanceof Error) {
      throw new ApiError(open.status, open.code, `open tickets could not be read, so none is marked: ${open.message}`);
    }
  });
}

function legendItem(state, count, district) {
  const list =
    state.key === 'OPEN_TICKET'
      ? withQuery('/api/v1/tickets', { district, open: true })
      : withQuery('/api/v1/equipment', { district, status: state.key });
  const swatch = h('span', { class: `swatch state-${state.key}`, 'aria-hidden': 'true' });
  return h(
    'li',
    { 'data-state': state.key },
    swatch,
    h('span', {}, state.label, ': '),
    h(
      'a',
      {
        class: 'records-link legend-count',
        href: '#records-panel',
        'data-records': list,
        'data-title': state.key === 'OPEN_TICKET' ? `open tickets in ${district}` : `${state.label.toLowerCase()} equipment in ${district}`,
      },
      String(count),
    ),
  );
}

function wire() {
  byId('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    byId('sign-in-error').textContent = '';
    byId('sign-in').disabled = true;
    try {
      await signIn(byId('username').value.trim(), byId('password').value);
      byId('password').value = '';
      await start();
    } catch (error) {
      byId('sign-in-error').textContent =
        error instanceof ApiError && error.status === 401 ? 'Wrong name or password.' : `Cannot sign in: ${error.message}`;
    } finally {
      byId('sign-in').disabled = false;
    }
  });
  byId('sign-out').addEventListener('click', () => {
    signOut();
    records.close();
    showSignIn();
  });
  byId('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    refresh();
  });
  byId('district').addEventListener('change', refresh);
  byId('period').addEventListener('change', refresh);
  document.addEventListener('click', (event) => {
    const figureLink = event.target.closest('a.records-link');
    if (figureLink) {
      event.preventDefault();
      if (figureLink.dataset.records) {
        records.open(figureLink.dataset.records, figureLink.dataset.title ?? 'records');
      }
      return;
    }
    const csv = event.target.closest('a.csv-link');
    if (csv) {
      event.preventDefault();
      downloadCsv(csv.dataset.csv, csv.dataset.filename ?? 'report.csv').catch((error) => {
        status('page-status', `The CSV could not be downloaded: ${error.message}`, true);
        onFailure(error);
      });
    }
  });
  window.addEventListener('resize', () => equipmentMap?.fit());
}

wire();
if (storedSession()) {
  start();
} else {
  showSignIn();
}
