// A fault ticket: its deadlines and every step so far, and the steps the person may take now, as
// the gateway lists them for them. Contractors acknowledge, make safe (critical defects) and
// confirm the repair with photos; inspectors accept the repair or reject it with a reason. Steps
// need a connection: each is checked against the ticket's state on the ledger when it is taken.
import { cachedGet } from '../api.js';
import { keyOf, write } from '../keys.js';
import { inWords } from '../words.js';
import { field, h, whileBusy } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { MAX_PHOTOS, preparePhoto, uploadPhoto } from '../photos.js';
import { nextDeadline, staleNote } from './common.js';

export async function ticketView(app, id) {
  const answer = await cachedGet(`/api/v1/tickets/${encodeURIComponent(id)}`);
  const ticket = answer.body;
  const deadline = nextDeadline(ticket);
  const signsHere = (await keyOf(app.person?.username)) !== null;
  return h(
    'section',
    { 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('ticket.title', { id: ticket.id })),
    staleNote(answer),
    h(
      'dl',
      { class: 'facts' },
      fact(t('ticket.state'), t(`state.${ticket.state}`), 'ticket-state'),
      fact(t('ticket.equipment'), h('a', { href: `#/equipment/${encodeURIComponent(ticket.equipmentId)}` }, ticket.equipmentId)),
      fact(t('ticket.severity'), t(`severity.${ticket.severity}`)),
      fact(t('ticket.category'), t(`category.${ticket.category}`)),
      fact(t('ticket.description'), ticket.description),
      fact(t('ticket.company'), ticket.company ?? t('ticket.unassigned')),
      deadline ? fact(t('ticket.nextDeadline'), formatTime(deadline)) : null,
      ticket.rework ? fact(t('ticket.rework'), String(ticket.rework)) : null,
    ),
    actions(app, ticket, signsHere),
    h('h2', {}, t('ticket.steps')),
    h(
      'ol',
      { class: 'steps' },
      (ticket.steps ?? []).map((step) =>
        h(
          'li',
          {},
          h('strong', {}, t(`action.${step.action}`)),
          ` ${formatTime(step.at)} · ${step.by}`,
          step.onTime === false ? h('span', { class: 'late' }, ` · ${t('ticket.late')}`) : null,
          step.note ? h('p', {}, step.note) : null,
          step.reason ? h('p', {}, step.reason) : null,
        ),
      ),
    ),
  );
}

function fact(term, value, id) {
  return [h('dt', {}, term), h('dd', { id }, value ?? '—')];
}

// The forms of the steps the gateway says this person may take now (allowedActions), in order.
const STEP_FORMS = {
  ACKNOWLEDGE: (app, ticket, signsHere) => stepForm(app, ticket, 'acknowledgement', { photos: false, signsHere }),
  MAKE_SAFE: (app, ticket, signsHere) => stepForm(app, ticket, 'make-safe', { photos: true, signsHere }),
  CONFIRM_REPAIR: (app, ticket, signsHere) => stepForm(app, ticket, 'repair', { photos: true, photosRequired: true, signsHere }),
  VERIFY: (app, ticket) => verificationForm(app, ticket),
};

const STEP_FUNCTIONS = { acknowledgement: 'acknowledgeTicket', 'make-safe': 'makeTicketSafe', repair: 'confirmRepair' };

function actions(app, ticket, signsHere) {
  return (ticket.allowedActions ?? []).filter((action) => STEP_FORMS[action]).map((action) => STEP_FORMS[action](app, ticket, signsHere));
}

function stepForm(app, ticket, step, { photos: withPhotos, photosRequired = false, signsHere = false }) {
  const note = h('textarea', { name: 'note', maxlength: 1000, rows: 3 });
  const photos = [];
  const input = h('input', { type: 'file', accept: 'image/*', capture: 'environment', multiple: true, name: 'photos' });
  const count = h('p', { class: 'hint', role: 'status' }, '');
  input.addEventListener('change', async () => {
    for (const file of [...input.files].slice(0, MAX_PHOTOS - photos.length)) {
      try {
        photos.push(await preparePhoto(file));
      } catch {
        app.fail({ code: 'PHOTO_UNREADABLE', message: t('inspect.photoUnreadable', { name: file.name }) });
      }
    }
    input.value = '';
    count.textContent = t('ticket.photoCount', { count: photos.length });
    showSigning();
  });
  const stepBody = () =>
    step === 'acknowledgement' ? { note: note.value.trim() } : { note: note.value.trim(), photoHashes: photos.map((p) => p.hash) };
  // With a key on this phone, sending signs the step here: what it signs is shown in words.
  const signing = h('p', { class: 'hint signing-summary', 'aria-live': 'polite', hidden: !signsHere });
  const showSigning = () => {
    if (signsHere) {
      signing.textContent = t('sign.onThisPhone', { what: inWords(t, STEP_FUNCTIONS[step], [ticket.id, JSON.stringify(stepBody())]) });
    }
  };
  note.addEventListener('input', showSigning);
  showSigning();
  const submit = h('button', { type: 'submit', class: 'primary', id: `step-${step}` }, t(`step.${step}`));
  return h(
    'form',
    {
      class: 'step',
      onsubmit: async (event) => {
        event.preventDefault();
        if (photosRequired && photos.length === 0) {
          app.fail({ code: 'INVALID_INPUT', message: t('ticket.photosRequired') });
          return;
        }
        await whileBusy(submit, async () => {
          try {
            for (const photo of photos) {
              await uploadPhoto(photo.hash, photo.blob);
            }
            const body = stepBody();
            await write('POST', `/api/v1/tickets/${encodeURIComponent(ticket.id)}/${step}`, body);
            app.notify(t('ticket.done', { step: t(`step.${step}`) }));
            app.refresh();
          } catch (error) {
            app.fail(error);
          }
        });
      },
    },
    h('h2', {}, t(`step.${step}`)),
    field(`${step}-note`, t('ticket.note'), note),
    withPhotos ? [field(`${step}-photos`, t('inspect.photos', { max: MAX_PHOTOS }), input, t('inspect.photosHint')), count] : null,
    signing,
    submit,
  );
}

function verificationForm(app, ticket) {
  const reason = h('textarea', { name: 'reason', maxlength: 1000, rows: 3 });
  const send = async (button, accepted) => {
    if (!accepted && !reason.value.trim()) {
      app.fail({ code: 'INVALID_INPUT', message: t('ticket.reasonRequired') });
      reason.focus();
      return;
    }
    await whileBusy(button, async () => {
      try {
        await write('POST', `/api/v1/tickets/${encodeURIComponent(ticket.id)}/verification`, { accepted, reason: reason.value.trim() });
        app.notify(t(accepted ? 'ticket.accepted' : 'ticket.rejected'));
        app.refresh();
      } catch (error) {
        app.fail(error);
      }
    });
  };
  const accept = h('button', { type: 'button', class: 'primary', id: 'verify-accept' }, t('ticket.accept'));
  const reject = h('button', { type: 'button', class: 'danger', id: 'verify-reject' }, t('ticket.reject'));
  accept.addEventListener('click', () => send(accept, true));
  reject.addEventListener('click', () => send(reject, false));
  return h(
    'form',
    { class: 'step', onsubmit: (event) => event.preventDefault() },
    h('h2', {}, t('ticket.verify')),
    field('verify-reason', t('ticket.reason'), reason, t('ticket.reasonHint')),
    h('div', { class: 'row' }, accept, reject),
  );
}
