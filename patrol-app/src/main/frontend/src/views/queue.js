// The queue: every patrol recorded on this phone with where it stands. Waiting, sending, on the
// ledger (with its transaction and block), or stopped with the ledger's reason.
import { authorization } from '../api.js';
import { h } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { State } from '../outcome.js';
import { discard, queued, resendAsNew, retryNow } from '../queue.js';

export async function queueView(app) {
  const items = await queued();
  const waiting = items.filter((item) => item.state !== State.SYNCED).length;
  return h(
    'section',
    { 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('queue.title')),
    h('p', { id: 'queue-summary', role: 'status' }, t('queue.summary', { waiting, total: items.length })),
    waiting > 0 && !authorization() ? h('p', { class: 'note' }, t('queue.signInToSend')) : null,
    h('button', { type: 'button', class: 'secondary', id: 'send-now', onclick: () => retryNow() }, t('queue.sendNow')),
    items.length === 0
      ? h('p', { class: 'empty' }, t('queue.empty'))
      : h('ul', { class: 'cards', id: 'queue-items' }, items.map((item) => row(app, item))),
  );
}

function row(app, item) {
  const inspection = item.body.inspections[0];
  const ticketId = inspection.condition === 'DEFECT' ? `${item.id}-0` : null;
  return h(
    'li',
    { class: `queue-item ${item.state}`, 'data-id': item.id, 'data-state': item.state },
    h('span', { class: 'card-title' }, `${inspection.equipmentId} · ${t(`condition.${inspection.condition}`)}`),
    h('span', { class: 'badge' }, t(`queueState.${item.state}`)),
    h('span', {}, formatTime(inspection.observedAt)),
    item.body.capture ? h('span', { class: 'signed', 'data-signed': 'capture' }, t('enrol.signsHere')) : null,
    item.state === State.SYNCED
      ? h('span', { class: 'tx' }, t('queue.onLedger', { block: item.blockNumber, tx: String(item.txId).slice(0, 12) }))
      : null,
    item.code && item.state !== State.SYNCED ? h('p', { class: 'reason' }, `${item.code}: ${item.message ?? ''}`) : null,
    item.state === State.QUEUED && item.attempts > 0 ? h('span', { class: 'hint' }, t('queue.retryAt', { time: formatTime(new Date(item.nextAttemptAt).toISOString()) })) : null,
    ticketId && item.state === State.SYNCED ? h('a', { href: `#/ticket/${encodeURIComponent(ticketId)}` }, t('queue.openTicket')) : null,
    item.state === State.CONFLICT ? h('button', { type: 'button', class: 'secondary', onclick: () => resendAsNew(item.id) }, t('queue.resend')) : null,
    item.state === State.REFUSED || item.state === State.CONFLICT
      ? h(
          'button',
          {
            type: 'button',
            class: 'danger',
            onclick: async () => {
              if (confirm(t('queue.confirmDiscard'))) {
                await discard(item.id);
              }
            },
          },
          t('queue.discard'),
        )
      : null,
  );
}
