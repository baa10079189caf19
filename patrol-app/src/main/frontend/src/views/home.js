// The home screen of each role. Inspectors: the equipment due for inspection today in their
// districts, nearest first, and the repairs waiting for their verification. Contractors: their
// company's tickets waiting for a step of theirs, the nearest deadline first. Both lists are the
// tickets the gateway says the person may act on (actionable). Supervisors: the tickets overdue now.
import { cachedGet, withQuery } from '../api.js';
import { h } from '../dom.js';
import { locate } from '../geo.js';
import { formatTime, t } from '../i18n.js';
import { equipmentCard, finder, staleNote, ticketList } from './common.js';

export async function homeView(app) {
  const me = app.person;
  const sections = [finder(app)];
  if (me.role === 'inspector') {
    sections.push(
      await dueSection(),
      await reportsSection(),
      await listSection('home.toVerify', withQuery('/api/v1/tickets', { actionable: true, sort: 'openedAt', size: 50 }), 'home.noneToVerify'),
    );
  } else if (me.role === 'contractor') {
    sections.push(
      await listSection('home.companyTickets', withQuery('/api/v1/tickets', { actionable: true, sort: 'nextDeadline', size: 100 }), 'home.noOpenTickets', { company: me.company }),
    );
  } else {
    sections.push(await listSection('home.overdue', withQuery('/api/v1/tickets', { overdue: true, sort: 'openedAt', size: 50 }), 'home.noneOverdue'));
  }
  return h(
    'section',
    { 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('home.title', { name: me.username })),
    sections,
  );
}

// A section that could not be loaded says so in place; the rest of the screen still works.
async function section(id, title, load) {
  try {
    return await load();
  } catch (error) {
    return h(
      'section',
      { 'aria-labelledby': `${id}-title`, id },
      h('h2', { id: `${id}-title` }, title),
      h('p', { class: 'reason', role: 'status' }, `${error.code ?? 'APP_ERROR'}: ${error.message ?? ''}`),
    );
  }
}

function dueSection() {
  return section('due', t('home.due', { count: '…' }), loadDue);
}

async function loadDue() {
  let near = null;
  try {
    near = await locate(5_000);
  } catch {
    near = null;
  }
  const path = withQuery('/api/v1/due-inspections', {
    near: near ? `${near.latitude.toFixed(6)},${near.longitude.toFixed(6)}` : null,
    size: 100,
  });
  const answer = await cachedGet(path);
  const items = answer.body.items;
  return h(
    'section',
    { 'aria-labelledby': 'due-title', id: 'due' },
    h('h2', { id: 'due-title' }, t('home.due', { count: answer.body.total })),
    near ? null : h('p', { class: 'hint' }, t('home.noPosition')),
    staleNote(answer),
    items.length === 0
      ? h('p', { class: 'empty' }, t('home.noneDue'))
      : h(
          'ul',
          { class: 'cards' },
          items.map((equipment) =>
            h(
              'li',
              {},
              equipmentCard(
                equipment,
                h('span', {}, equipment.due.map((d) => `${t(`level.${d.level}`)} ${d.lastInspectedAt ? formatTime(d.dueAt) : t('home.never')}`).join(' · ')),
              ),
            ),
          ),
        ),
  );
}

// Residents' reports in the inspector's districts that wait for their check, oldest first.
function reportsSection() {
  return section('home-reports', t('home.reports', { count: '…' }), async () => {
    const answer = await cachedGet(withQuery('/api/v1/reports', { state: 'REPORTED', size: 50 }));
    const reports = answer.body.items;
    return h(
      'section',
      { 'aria-labelledby': 'home-reports-title', id: 'home-reports' },
      h('h2', { id: 'home-reports-title' }, t('home.reports', { count: answer.body.total })),
      staleNote(answer),
      reports.length === 0
        ? h('p', { class: 'empty' }, t('home.noReports'))
        : h(
            'ul',
            { class: 'cards' },
            reports.map((report) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { class: 'card', href: `#/triage/${encodeURIComponent(report.id)}` },
                  h('span', { class: 'card-title' }, `${report.equipmentId} · ${t(`category.${report.category}`)}`),
                  h('span', { class: report.urgent ? 'late' : '' }, `${report.urgent ? t('triage.urgent') + ' · ' : ''}${formatTime(report.receivedAt)}`),
                ),
              ),
            ),
          ),
    );
  });
}

function listSection(titleKey, path, emptyKey, params = {}) {
  const id = titleKey.replace('.', '-');
  return section(id, t(titleKey, { ...params, count: '…' }), async () => {
    const answer = await cachedGet(path);
    return h(
    'section',
    { 'aria-labelledby': `${id}-title`, id },
    h('h2', { id: `${id}-title` }, t(titleKey, { ...params, count: answer.body.total })),
    staleNote(answer),
      ticketList(answer.body.items, emptyKey),
    );
  });
}
