// A resident's view of their reports: each report's state as the ledger has it (awaiting a check,
// its ticket's state, closed), and the reports still waiting on the phone for signal.
import { h } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { myReports, reportStatus, sendWaiting, waitingCount } from '../resident.js';

export async function trackView(app, id, query) {
  const status = await reportStatus(id);
  return h(
    'section',
    { class: 'resident', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('track.title')),
    query === 'duplicate' ? h('p', { class: 'note', role: 'status' }, t('track.duplicate')) : null,
    h('p', { class: 'tracking' }, t('track.id'), ' ', h('strong', { id: 'track-id' }, status.id)),
    h('p', { id: 'track-status', class: `state ${status.status}` }, t(`track.status.${status.status}`)),
    h('p', { id: 'track-notes' }, status.notes),
    h('p', {}, t('track.updated', { time: formatTime(status.updated) })),
    status.expected ? h('p', { id: 'track-expected' }, t('track.expected', { time: formatTime(status.expected) })) : null,
    h('p', {}, h('a', { href: '#/my-reports' }, t('track.all'))),
  );
}

export async function myReportsView(app) {
  if (navigator.onLine) {
    await sendWaiting();
  }
  const waiting = await waitingCount();
  const ids = myReports();
  return h(
    'section',
    { class: 'resident', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('track.mine')),
    waiting ? h('p', { class: 'note', role: 'status', id: 'my-reports-waiting' }, t('track.waiting', { count: waiting })) : null,
    ids.length === 0
      ? h('p', { class: 'empty' }, t('track.none'))
      : h('ul', { class: 'cards' }, ids.map((report) => h('li', {}, h('a', { class: 'card', href: `#/track/${encodeURIComponent(report)}` }, report)))),
    h('p', {}, h('a', { href: '#/report', class: 'button' }, t('track.another'))),
  );
}
