// The supervisor dashboard: sign-in, then overdue tickets, SLA compliance, inspection coverage,
// month-over-month trends and the equipment map over the districts' outlines for one district and
// period, each figure opening the records behind it; in English or Chinese (see i18n.js).
import 'leaflet/dist/leaflet.css';
import './dashboard.css';
import { ApiError, downloadCsv, getAll, getJson, signIn, signOut, storedSession, withQuery } from './api.js';
import { canEnrol, enrol, enrolledHere, signInWithKey } from './keys.js';
import { byId, h, status } from './dom.js';
import { districtTree } from './format.js';
import { initLanguage, language, setLanguage, t, translatePage } from './i18n.js';
import { EquipmentMap, STATES, stateLabel } from './map.js';
import { coverageInstant, labelOf, monthOf, recentMonths, recentQuarters } from './periods.js';
import { RecordsPanel } from './records.js';
import { coverageRow, emptyRow, slaRow, sourceRow, wearRow } from './reports.js';
import { MONTHS, trendCharts } from './trends.js';


let equipmentMap = null;
let loading = 0;
let signedIn = null;
const records = new RecordsPanel(onFailure);

function showSignIn(message = '') {
  byId('dashboard').hidden = true;
  byId('who').hidden = true;
  byId('sign-in-panel').hidden = false;
  byId('sign-in-error').textContent = message;
  byId('username').focus();
  showKeys();
}

/** A button per person this browser holds a key of: one click signs them in, no password. */
async function showKeys() {
  const people = await enrolledHere().catch(() => []);
  byId('key-people').replaceChildren(
    ...people.map((name) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'key-sign-in-button', 'data-username': name }, t('keys.signInAs', { name })),
      ),
    ),
  );
  byId('key-sign-in').hidden = people.length === 0;
}

/** Runs a way of signing in from a form's button, showing why it failed in errorId. */
async function signingIn(button, errorId, attempt, refused) {
  byId(errorId).textContent = '';
  button.disabled = true;
  try {
    await attempt();
    await start();
  } catch (error) {
    byId(errorId).textContent = error instanceof ApiError && error.status === 401 ? t(refused) : t('signIn.failed', { message: error.message });
  } finally {
    button.disabled = false;
  }
}

/** A 401 anywhere means the token expired or was refused: back to the sign-in form. */
function onFailure(error) {
  if (error instanceof ApiError && error.status === 401) {
    signOut();
    showSignIn(t('session.ended'));
  }
}

async function start() {
  let me;
  try {
    me = await getJson('/api/v1/me');
  } catch (error) {
    signOut();
    showSignIn(error instanceof ApiError && error.status === 401 ? '' : t('gateway.unreachable', { message: error.message }));
    return;
  }
  signedIn = me;
  byId('sign-in-panel').hidden = true;
  byId('who').hidden = false;
  showWho();
  byId('dashboard').hidden = false;
  fillPeriods(new Date());
  await fillDistricts(me);
  if (!equipmentMap) {
    equipmentMap = new EquipmentMap(byId('map'), await tileSettings(), (id) =>
      records.open(withQuery('/api/v1/tickets', { equipmentId: id }), t('map.ticketsOf', { id })),
    );
  }
  await refresh();
}

function showWho() {
  const role = ['supervisor', 'inspector', 'contractor'].includes(signedIn.role) ? t(`role.${signedIn.role}`) : signedIn.role;
  byId('signed-in-as').textContent = t('who.person', { name: signedIn.username, role });
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
    h('optgroup', { label: t('filters.months') }, recentMonths(now, 12).map(option)),
    h('optgroup', { label: t('filters.quarters') }, recentQuarters(now, 8).map(option)),
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
  byId('as-of').textContent = t('asOf.loading', { district, period: labelOf(period) });
  const current = () => run === loading;
  await Promise.allSettled([
    loadOverdue(district, current),
    loadSla(district, period, current),
    loadCoverage(district, at, current),
    loadSources(district, period, current),
    loadWear(district, period, current),
    loadMap(district, current),
    loadTrends(district, current),
  ]);
  if (current()) {
    dashboard.setAttribute('aria-busy', 'false');
    dashboard.dataset.loadedAt = now.toISOString();
    byId('as-of').textContent = t('asOf.done', {
      district,
      period: labelOf(period),
      time: now.toISOString().slice(0, 16).replace('T', ' '),
    });
  }
}

/** Runs one panel's load; a failure shows in its status line and leaves the others alone. */
async function panel(statusId, current, load) {
  status(statusId, t('status.loading'));
  try {
    await load();
    if (current()) {
      status(statusId, '');
    }
  } catch (error) {
    if (current()) {
      status(statusId, t('status.unavailable', { message: error.message, code: error.code ?? 'error' }), true);
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
    count.dataset.title = t('overdue.records', { district });
  });
}

function loadSla(district, period, current) {
  const report = withQuery('/api/v1/audit/sla', { period, district });
  csvLink('sla-csv', withQuery(report, { format: 'csv' }), `sla-${period}.csv`);
  byId('sla-caption').textContent = t('sla.captionFor', { period: labelOf(period), district });
  const body = byId('sla-table').tBodies[0];
  body.replaceChildren();
  return panel('sla-status', current, async () => {
    const sla = await getJson(report);
    if (!current()) return;
    body.replaceChildren(...(sla.rows.length ? sla.rows.map(slaRow) : [emptyRow(10, t('sla.none'))]));
  });
}

function loadSources(district, period, current) {
  const report = withQuery('/api/v1/audit/reports', { period, district });
  csvLink('sources-csv', withQuery(report, { format: 'csv' }), `report-sources-${period}.csv`);
  byId('sources-caption').textContent = t('sources.captionFor', { period: labelOf(period), district });
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
  byId('wear-caption').textContent = t('wear.captionFor', { period: labelOf(period), district });
  const body = byId('wear-table').tBodies[0];
  body.replaceChildren();
  return panel('wear-status', current, async () => {
    const rows = await getJson(report);
    if (!current()) return;
    body.replaceChildren(...(rows.length ? rows.map(wearRow) : [emptyRow(5, t('wear.none'))]));
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
    byId('coverage-caption').textContent = t('coverage.captionFor', {
      district: coverage.district ?? district,
      asOf: coverage.asOf ?? t('coverage.now'),
    });
    body.replaceChildren(
      ...(coverage.rows.length ? coverage.rows.map(coverageRow) : [emptyRow(5, t('coverage.none'))]),
    );
  });
}

function loadMap(district, current) {
  return panel('map-status', current, async () => {
    const [equipment, open, outlines] = await Promise.all([
      getAll(withQuery('/api/v1/equipment', { district })),
      getAll(withQuery('/api/v1/tickets', { district, open: true })).catch((error) => error),
      getJson(withQuery('/api/v1/districts/outlines', { district })).catch((error) => error),
    ]);
    if (!current()) return;
    const outlined = equipmentMap.showOutlines(outlines instanceof Error ? null : outlines);
    byId('map-outlines').textContent = t('map.outlines', { count: outlined });
    byId('map-outlines').dataset.count = String(outlined);
    const withOpenTicket = new Set(open instanceof Error ? [] : open.map((t) => t.equipmentId));
    const counts = equipmentMap.show(equipment, withOpenTicket);
    const shown = Object.values(counts).reduce((a, b) => a + b, 0);
    byId('map-count').textContent = String(shown);
    byId('map-legend').replaceChildren(...STATES.map((state) => legendItem(state, counts[state.key], district)));
    if (open instanceof Error) {
      throw new ApiError(open.status, open.code, t('map.openUnreadable', { message: open.message }));
    }
    if (outlines instanceof Error) {
      throw new ApiError(outlines.status, outlines.code, t('map.outlinesUnreadable', { message: outlines.message }));
    }
  });
}

/** The last months of the district as charts, each with its table of figures. */
function loadTrends(district, current) {
  const charts = byId('trend-charts');
  charts.replaceChildren();
  delete charts.dataset.loaded;
  return panel('trends-status', current, async () => {
    const report = await getJson(withQuery('/api/v1/audit/trends', { district, months: MONTHS }));
    if (!current()) return;
    charts.replaceChildren(...trendCharts(report));
    charts.dataset.loaded = district;
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
    h('span', {}, stateLabel(state.key), ': '),
    h(
      'a',
      {
        class: 'records-link legend-count',
        href: '#records-panel',
        'data-records': list,
        'data-title': t(`map.records.${state.key}`, { district }),
      },
      String(count),
    ),
  );
}

function wire() {
  byId('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    signingIn(
      byId('sign-in'),
      'sign-in-error',
      async () => {
        await signIn(byId('username').value.trim(), byId('password').value);
        byId('password').value = '';
      },
      'signIn.wrong',
    );
  });
  byId('enrol-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!canEnrol()) {
      byId('enrol-error').textContent = t('enrol.insecure');
      return;
    }
    signingIn(
      byId('enrol'),
      'enrol-error',
      async () => {
        await enrol(byId('enrol-username').value.trim(), byId('enrol-code').value.trim());
        byId('enrol-code').value = '';
      },
      'enrol.refused',
    );
  });
  byId('key-people').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-username]');
    if (button) {
      signingIn(button, 'sign-in-error', () => signInWithKey(button.dataset.username), 'signIn.wrong');
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
        records.open(figureLink.dataset.records, figureLink.dataset.title ?? t('records.default'));
      }
      return;
    }
    const csv = event.target.closest('a.csv-link');
    if (csv) {
      event.preventDefault();
      downloadCsv(csv.dataset.csv, csv.dataset.filename ?? 'report.csv').catch((error) => {
        status('page-status', t('csv.failed', { message: error.message }), true);
        onFailure(error);
      });
    }
  });
  byId('language').addEventListener('click', switchLanguage);
  window.addEventListener('resize', () => equipmentMap?.fit());
}

/** Switches between English and Chinese, keeps the choice, and writes the page again. */
function switchLanguage() {
  setLanguage(language() === 'en' ? 'zh-CN' : 'en', true);
  translate();
  records.relabel();
  if (!byId('sign-in-panel').hidden) {
    showKeys();
  }
  if (signedIn && !byId('dashboard').hidden) {
    showWho();
    fillPeriods(new Date());
    refresh();
  }
}

/** The page's static texts in the current language; the switch names the other language. */
function translate() {
  translatePage();
  byId('language').lang = language() === 'en' ? 'zh-CN' : 'en';
}

initLanguage();
translate();
wire();
if (storedSession()) {
  start();
} else {
  showSignIn();
}
