// Pieces several screens share: lists of tickets and equipment, the "shown as of" note, the
// equipment finder (scan or type).
import { h } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { formatDistance } from '../geo.js';
import { EQUIPMENT_ID, equipmentIdOf } from '../tag.js';

/** "Offline: shown as of …" when an answer came from the phone's copy. */
export function staleNote(answer) {
  return answer.offline ? h('p', { class: 'note', role: 'status' }, t('offline.asOf', { time: formatTime(answer.fetchedAt) })) : null;
}

/** The deadline of the step a ticket waits for now, as the gateway says (nextStep), or null. */
export function nextDeadline(ticket) {
  return ticket.nextStep?.deadline ?? null;
}

export function ticketList(tickets, emptyKey) {
  if (tickets.length === 0) {
    return h('p', { class: 'empty' }, t(emptyKey));
  }
  return h(
    'ul',
    { class: 'cards' },
    tickets.map((ticket) => {
      const deadline = nextDeadline(ticket);
      const late = deadline && Date.parse(deadline) < Date.now();
      return h(
        'li',
        {},
        h(
          'a',
          { class: 'card', href: `#/ticket/${encodeURIComponent(ticket.id)}` },
          h('span', { class: 'card-title' }, `${ticket.equipmentId} · ${t(`severity.${ticket.severity}`)}`),
          h('span', {}, `${t(`state.${ticket.state}`)} · ${ticket.site ?? ''}`),
          deadline ? h('span', { class: late ? 'late' : '' }, `${t(late ? 'ticket.overdueSince' : 'ticket.dueBy')} ${formatTime(deadline)}`) : null,
        ),
      );
    }),
  );
}

export function equipmentCard(equipment, extra) {
  return h(
    'a',
    { class: 'card', href: `#/equipment/${encodeURIComponent(equipment.id)}` },
    h('span', { class: 'card-title' }, `${equipment.id} · ${equipment.type}`),
    h('span', {}, equipment.site),
    extra,
    equipment.distanceMeters !== undefined && equipment.distanceMeters !== null
      ? h('span', { class: 'distance' }, formatDistance(equipment.distanceMeters))
      : null,
  );
}

/** The scan button and the typed-id form that open an equipment page. */
export function finder(app) {
  const input = h('input', {
    name: 'equipmentId',
    autocapitalize: 'none',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 64,
    pattern: EQUIPMENT_ID.source.slice(1, -1),
    required: true,
    'aria-describedby': 'find-hint',
  });
  input.id = 'find-id';
  return h(
    'section',
    { class: 'finder', 'aria-labelledby': 'finder-title' },
    h('h2', { id: 'finder-title' }, t('find.title')),
    h('a', { class: 'button primary', href: '#/scan', id: 'scan-button' }, t('find.scan')),
    h(
      'form',
      {
        class: 'inline',
        onsubmit: (event) => {
          event.preventDefault();
          const id = equipmentIdOf(input.value);
          if (id) {
            app.go(`#/equipment/${encodeURIComponent(id)}`);
          } else {
            app.fail({ code: 'INVALID_INPUT', message: t('find.invalid') });
          }
        },
      },
      h('label', { for: 'find-id' }, t('find.typeId')),
      h('div', { class: 'row' }, input, h('button', { type: 'submit', class: 'secondary' }, t('find.open'))),
      h('p', { id: 'find-hint', class: 'hint' }, t('find.hint')),
    ),
  );
}
