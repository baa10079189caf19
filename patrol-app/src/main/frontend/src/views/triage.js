// An inspector's check of a resident's report: what the resident saw, with their photo, and the
// decision: confirm it (a ticket opens under the contract's SLA, with the severity chosen here),
// merge it into an open ticket of the same machine, or reject it with a reason the resident sees.
import { authorization, call, withQuery } from '../api.js';
import { write } from '../keys.js';
import { field, h, whileBusy } from '../dom.js';
import { formatTime, t } from '../i18n.js';

const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR'];

export async function triageView(app, id) {
  const report = await call('GET', `/api/v1/reports/${encodeURIComponent(id)}`);
  const open = await call('GET', withQuery('/api/v1/tickets', { equipmentId: report.equipmentId, open: true, size: 50 }));
  const severity = h('select', { name: 'severity' }, SEVERITIES.map((s) => h('option', { value: s }, t(`severity.${s}`))));
  severity.value = report.urgent ? 'CRITICAL' : 'MAJOR';
  const ticket = h('select', { name: 'ticket' }, open.items.map((tk) => h('option', { value: tk.id }, `${tk.id} · ${t(`state.${tk.state}`)}`)));
  const reason = h('textarea', { name: 'reason', maxlength: 1000, rows: 2 });
  const decide = (decision, body, button) =>
    whileBusy(button, async () => {
      try {
        await write('POST', `/api/v1/reports/${encodeURIComponent(id)}/triage`, { decision, ...body });
        app.notify(t(`triage.done.${decision}`));
        app.go('#/');
      } catch (error) {
        app.fail(error);
      }
    });
  const confirm = h('button', { type: 'button', class: 'primary', id: 'triage-confirm' }, t('triage.confirm'));
  confirm.addEventListener('click', () => decide('CONFIRM', { severity: severity.value }, confirm));
  const merge = h('button', { type: 'button', class: 'secondary', id: 'triage-merge', disabled: open.items.length === 0 }, t('triage.merge'));
  merge.addEventListener('click', () => decide('MERGE', { ticketId: ticket.value }, merge));
  const reject = h('button', { type: 'button', class: 'secondary', id: 'triage-reject' }, t('triage.reject'));
  reject.addEventListener('click', () => decide('REJECT', { reason: reason.value }, reject));
  return h(
    'section',
    { 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('triage.title', { id: report.equipmentId })),
    h('p', { id: 'triage-category' }, t(`category.${report.category}`), report.urgent ? h('strong', { class: 'late' }, ` · ${t('triage.urgent')}`) : null),
    report.description ? h('p', { id: 'triage-description' }, report.description) : null,
    h('p', { class: 'hint' }, t('triage.received', { time: formatTime(report.receivedAt) }), ` · ${report.site}`),
    ...report.photos.map((hash) => photo(hash)),
    h('fieldset', {}, h('legend', {}, t('triage.confirmTitle')), field('triage-severity', t('inspect.severity'), severity), confirm),
    h('fieldset', {}, h('legend', {}, t('triage.mergeTitle')), open.items.length ? field('triage-ticket', t('triage.ticket'), ticket) : h('p', { class: 'empty' }, t('triage.noOpenTicket')), merge),
    h('fieldset', {}, h('legend', {}, t('triage.rejectTitle')), field('triage-reason', t('triage.reason'), reason), reject),
  );
}

/** The resident's photo, fetched with the inspector's credentials (the store shows it to staff). */
function photo(hash) {
  const img = h('img', { class: 'evidence', alt: t('triage.photo'), id: `triage-photo-${hash.slice(0, 8)}` });
  fetch(`/evidence/${hash}`, { headers: { Authorization: authorization() ?? '' }, cache: 'no-store', credentials: 'omit' })
    .then((response) => (response.ok ? response.blob() : null))
    .then((blob) => {
      if (blob) {
        img.src = URL.createObjectURL(blob);
      }
    })
    .catch(() => {});
  return img;
}
