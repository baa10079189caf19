// A piece of equipment: what and where it is, its recent inspections and its open tickets.
import { cachedGet, withQuery } from '../api.js';
import { h } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { staleNote, ticketList } from './common.js';

export async function equipmentView(app, id) {
  let answer;
  try {
    answer = await cachedGet(`/api/v1/equipment/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error.status === 0 && app.person.role === 'inspector') {
      // Never opened on this phone and no signal: the inspection can still be recorded; the
      // ledger checks the id when it arrives.
      return h(
        'section',
        { 'aria-labelledby': 'view-title' },
        h('h1', { id: 'view-title' }, id),
        h('p', { class: 'note', role: 'status' }, t('equipment.unknownOffline')),
        inspectButton(id),
      );
    }
    throw error;
  }
  const equipment = answer.body;
  const [inspections, tickets] = await Promise.all([
    cachedGet(withQuery(`/api/v1/equipment/${encodeURIComponent(id)}/inspections`, { size: 5 })),
    cachedGet(withQuery('/api/v1/tickets', { equipmentId: id, open: true, size: 50 })),
  ]);
  return h(
    'section',
    { 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, `${equipment.id} · ${equipment.type}`),
    staleNote(answer),
    h(
      'dl',
      { class: 'facts' },
      fact(t('equipment.site'), equipment.site),
      fact(t('equipment.district'), equipment.districtPath),
      fact(t('equipment.status'), t(`equipmentStatus.${equipment.status}`)),
      fact(t('equipment.model'), [equipment.make, equipment.model].filter(Boolean).join(' ')),
    ),
    (equipment.allowedActions ?? []).includes('INSPECT') ? inspectButton(id) : null,
    h('h2', {}, t('equipment.openTickets')),
    ticketList(tickets.body.items, 'equipment.noTickets'),
    h('h2', {}, t('equipment.recent')),
    inspections.body.items.length === 0
      ? h('p', { class: 'empty' }, t('equipment.noInspections'))
      : h(
          'ul',
          { class: 'plain' },
          inspections.body.items.map((inspection) =>
            h(
              'li',
              {},
              h('strong', {}, `${t(`condition.${inspection.condition}`)} · ${t(`level.${inspection.level}`)}`),
              ` ${formatTime(inspection.observedAt)} · ${inspection.inspector}`,
            ),
          ),
        ),
  );
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value ?? '—')];
}

function inspectButton(id) {
  return h('a', { class: 'button primary', id: 'inspect-button', href: `#/inspect/${encodeURIComponent(id)}` }, t('equipment.inspect'));
}
