// The public page: every machine's state on a map, the open faults, time-to-fix by district and
// company, and each ticket's story with a receipt per step that the page verifies in the browser.
import 'leaflet/dist/leaflet.css';
import './public.css';
import { circleMarker, control, featureGroup, map as leafletMap, tileLayer } from 'leaflet';
import { byId, h, status } from '../dom.js';
import { sha256Hex, verifyReceipt } from '../receipt/verify.js';
import { language, t, toggleLanguage } from './messages.js';

const STATE_STYLE = {
  ok: { color: '#17663a', radius: 7 },
  fault: { color: '#b0122a', radius: 9 },
  retired: { color: '#555555', radius: 6 },
};

let machineMap = null;
let shownTicket = null;

/** A GET of the public API; throws with the API's code and message when it is refused. */
async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(`${body?.message ?? response.statusText} (${body?.code ?? response.status})`);
  }
  return body;
}

function translate() {
  document.documentElement.lang = language();
  document.title = t('title');
  for (const element of document.querySelectorAll('[data-t]')) {
    element.textContent = t(element.dataset.t);
  }
}

const when = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '–');
const percent = (share) => (share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`);
const hours = (value) => (value === null || value === undefined ? '–' : value.toFixed(1));

function age(ageHours) {
  return ageHours >= 48 ? `${Math.floor(ageHours / 24)} ${t('days')}` : `${Math.floor(ageHours)} ${t('hours')}`;
}

function table(id, headings, rows) {
  byId(id).replaceChildren(
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))),
  );
}

async function panel(statusId, load) {
  status(statusId, t('loading'));
  try {
    await load();
    status(statusId, '');
  } catch (error) {
    status(statusId, `${t('notAvailable')}: ${error.message}`, true);
  }
}

async function loadMap() {
  if (!machineMap) {
    const tiles = await getJson('config.json').catch(() => ({}));
    machineMap = leafletMap(byId('map'), { attributionControl: Boolean(tiles.tileUrl), zoomSnap: 0.25 });
    if (tiles.tileUrl) {
      tileLayer(tiles.tileUrl, { attribution: tiles.tileAttribution ?? '', maxZoom: 19 }).addTo(machineMap);
    }
    control.scale({ metric: true, imperial: false }).addTo(machineMap);
    machineMap.markers = featureGroup().addTo(machineMap);
    machineMap.setView([0, 0], 2);
  }
  const counts = { ok: 0, fault: 0, retired: 0 };
  machineMap.markers.clearLayers();
  let next = '/public/v1/open-data/machines.geojson?size=5000';
  while (next) {
    const page = await getJson(next);
    for (const feature of page.features) {
      const machine = feature.properties;
      counts[machine.state] = (counts[machine.state] ?? 0) + 1;
      if (!feature.geometry) {
        continue;
      }
      const [longitude, latitude] = feature.geometry.coordinates;
      const style = STATE_STYLE[machine.state] ?? STATE_STYLE.ok;
      const marker = circleMarker([latitude, longitude], {
        radius: style.radius,
        color: style.color,
        fillColor: style.color,
        fillOpacity: machine.state === 'retired' ? 0 : 0.85,
        weight: 2,
        className: `machine-marker state-${machine.state}`,
      });
      marker.bindTooltip(`${machine.id} · ${t(`state.${machine.state}`)}`);
      marker.bindPopup(() =>
        h('div', {},
          h('strong', {}, machine.id),
          h('div', {}, `${machine.type ?? ''} · ${machine.site ?? ''}`),
          h('div', {}, `${t(`state.${machine.state}`)}${machine.openFaults ? ` (${machine.openFaults})` : ''}`),
          h('div', {}, when(machine.lastInspected)),
        ),
      );
      machineMap.markers.addLayer(marker);
    }
    next = page.next;
  }
  byId('map-legend').replaceChildren(
    ...Object.entries(counts).map(([state, count]) =>
      h('li', { 'data-state': state, 'data-count': count },
        h('span', { class: `swatch state-${state}` }),
        `${t(`state.${state}`)}: ${count}`,
      ),
    ),
  );
  machineMap.invalidateSize();
  const bounds = machineMap.markers.getBounds();
  if (bounds.isValid()) {
    machineMap.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
  }
}

async function loadFaults() {
  const answer = await getJson('/public/v1/faults');
  table(
    'faults',
    [t('machine'), t('site'), t('district'), t('severity'), t('company'), t('age'), t('next'), ''],
    answer.faults.map((fault) => [
      fault.machine,
      fault.site ?? '',
      fault.district,
      fault.severity,
      fault.company ?? '–',
      age(fault.ageHours),
      fault.nextDeadline ? `${fault.nextStep ?? ''} ${when(fault.nextDeadline)}` : '–',
      h('button', { type: 'button', class: 'link', onclick: () => showTicket(fault.id) }, fault.id),
    ]),
  );
  if (answer.faults.length === 0) {
    status('faults-status', t('faults.none'));
  }
}

async function loadTimeToFix() {
  const answer = await getJson('/public/v1/time-to-fix?months=12');
  const rows = (list, key) =>
    list.map((row) => [row.month, row[key], row.opened, row.repaired, hours(row.medianHoursToRepair), percent(row.repairsOnTimeShare)]);
  const headings = (group) => [t('month'), group, t('opened'), t('repaired'), t('median'), t('onTime')];
  table('fix-district', headings(t('district')), rows(answer.byDistrict, 'district'));
  table('fix-company', headings(t('company')), rows(answer.byCompany, 'company'));
}

async function loadClosed() {
  const answer = await getJson('/public/v1/tickets');
  byId('closed').replaceChildren(
    ...answer.closed.map((ticket) =>
      h('li', {},
        h('button', { type: 'button', class: 'link', 'data-ticket': ticket.id, onclick: () => showTicket(ticket.id) }, ticket.id),
        ` · ${ticket.machine} · ${ticket.site ?? ''} · ${when(ticket.closed)}`,
      ),
    ),
  );
}

async function showTicket(id) {
  shownTicket = id;
  const ticket = await getJson(`/public/v1/tickets/${encodeURIComponent(id)}`);
  const panelElement = byId('story-panel');
  panelElement.hidden = false;
  panelElement.dataset.ticket = ticket.id;
  byId('story-title').textContent = `${t('story')} ${ticket.id}`;
  byId('story-facts').textContent =
    `${ticket.machine} · ${ticket.site ?? ''} · ${ticket.district} · ${ticket.severity} · ${t('company')}: ${ticket.company ?? '–'} · ${t('reportedBy')}: ${t(`source.${ticket.reportedBy}`)}`;
  byId('story').replaceChildren(...ticket.steps.map(storyStep));
  panelElement.scrollIntoView({ block: 'start' });
}

function storyStep(step) {
  const result = h('div', { class: 'verification', 'aria-live': 'polite' });
  const who = [t(`role.${step.role}`), step.company ?? step.organization].filter(Boolean).join(` ${t('of')} `);
  const timing = step.onTime === null || step.onTime === undefined ? null
    : h('span', { class: step.onTime ? 'on-time' : 'late' }, step.onTime ? t('onTimeYes') : t('onTimeNo'));
  const receiptUrl = `/public/v1/receipts/${step.txId}`;
  return h('li', { class: 'step', 'data-action': step.action, 'data-tx': step.txId },
    h('div', {},
      h('strong', {}, t(`action.${step.action}`)),
      ` ${t('by')} ${who} · ${when(step.at)} `,
      timing,
    ),
    step.txId
      ? h('div', { class: 'step-actions' },
        h('a', { href: receiptUrl, download: `fitledger-receipt-${step.txId}.json`, class: 'receipt-link' }, t('receipt')),
        h('button', {
          type: 'button',
          class: 'verify',
          onclick: async () => {
            result.replaceChildren(t('checking'));
            try {
              const receipt = await getJson(receiptUrl);
              showVerification(result, await verifyReceipt(receipt));
            } catch (error) {
              result.replaceChildren(h('p', { class: 'error' }, `${t('notAvailable')}: ${error.message}`));
            }
          },
        }, t('verify')),
      )
      : null,
    result,
  );
}

/** Every photo hash a verified record holds, in its steps or inspections. */
function photoHashes(record) {
  const hashes = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'photoHashes' && Array.isArray(inner)) {
          inner.forEach((hash) => hashes.add(String(hash).toLowerCase()));
        } else {
          visit(inner);
        }
      }
    }
  };
  visit(record);
  return hashes;
}

/** What a verified receipt proves, in a line: the block, the position, who signed and endorsed. */
function summary(result) {
  const tx = result.transaction;
  return `block ${result.block.number} · #${tx.position} · ${tx.timestamp ?? ''} · ${tx.creator.role ?? ''} ${tx.creator.mspId}`
    + ` · endorsed: ${tx.endorsers.join(', ')} · ordered: ${result.ordererSigners.join(', ')}`;
}

function showVerification(element, result) {
  element.dataset.valid = String(result.valid);
  element.dataset.reason = result.reason ?? '';
  const checks = h('ul', { class: 'checks' },
    result.checks.map((check) =>
      h('li', { class: check.ok ? 'ok' : 'failed', 'data-check': check.code }, `${check.ok ? '✓' : '✗'} ${check.detail}`),
    ),
  );
  const parts = [
    h('p', { class: result.valid ? 'verdict ok' : 'verdict failed' },
      result.valid ? `${t('verified')}: ${summary(result)}` : `${t('refused')}: ${result.reason} · ${result.message}`),
    checks,
  ];
  if (result.certificates?.fingerprints?.length) {
    parts.push(
      h('details', {},
        h('summary', {}, t('fingerprints')),
        h('ul', {}, result.certificates.fingerprints.map((f) => h('li', {}, `${f.mspId}: `, h('code', {}, f.sha256)))),
      ),
    );
  }
  if (result.valid && result.record?.value) {
    const hashes = photoHashes(result.record.value);
    if (hashes.size > 0) {
      const answer = h('p', { class: 'photo-result', 'aria-live': 'polite' });
      const input = h('input', {
        type: 'file',
        accept: 'image/*',
        class: 'photo-file',
        onchange: async () => {
          const file = input.files[0];
          if (!file) {
            return;
          }
          const hash = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
          const match = hashes.has(hash);
          answer.dataset.match = String(match);
          answer.textContent = `${match ? t('photoMatch') : t('photoNoMatch')} (SHA-256 ${hash})`;
        },
      });
      parts.push(h('div', { class: 'photo-check' }, h('label', {}, t('photo'), ' ', input), h('p', { class: 'help' }, t('photoHelp')), answer));
    }
  }
  element.replaceChildren(...parts);
}

async function verifyFile() {
  const input = byId('receipt-file');
  const element = byId('file-result');
  const file = input.files[0];
  if (!file) {
    return;
  }
  element.replaceChildren(t('checking'));
  let receipt;
  try {
    receipt = JSON.parse(await file.text());
  } catch (error) {
    element.dataset.valid = 'false';
    element.dataset.reason = 'RECEIPT_MALFORMED';
    element.replaceChildren(h('p', { class: 'verdict failed' }, `${t('refused')}: RECEIPT_MALFORMED · ${error.message}`));
    return;
  }
  showVerification(element, await verifyReceipt(receipt));
}

async function loadAll() {
  translate();
  await Promise.allSettled([
    panel('map-status', loadMap),
    panel('faults-status', loadFaults),
    panel('fix-status', loadTimeToFix),
    panel('tickets-status', loadClosed),
  ]);
  if (shownTicket) {
    await panel('tickets-status', () => showTicket(shownTicket));
  }
  document.body.dataset.loaded = 'true';
}

byId('language').addEventListener('click', () => {
  toggleLanguage();
  loadAll();
});
byId('find-ticket').addEventListener('submit', (event) => {
  event.preventDefault();
  panel('tickets-status', () => showTicket(byId('ticket-id').value.trim()));
});
byId('receipt-file').addEventListener('change', verifyFile);
loadAll();
