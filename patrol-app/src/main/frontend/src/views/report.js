// The resident's report, without sign-in, in large type: the machine (from its QR tag, or its id
// typed), what is wrong, whether someone could be hurt, a photo and an optional contact. It answers
// with the report's tracking id, or says that the report waits on the phone for signal.
import { field, h, whileBusy } from '../dom.js';
import { t } from '../i18n.js';
import { formatDistance, locate } from '../geo.js';
import { preparePhoto } from '../photos.js';
import { CATEGORIES, fileReport, machinesNear, myReports } from '../resident.js';
import { EQUIPMENT_ID, equipmentIdOf } from '../tag.js';

export function reportView(app, equipmentId) {
  if (!equipmentId) {
    return machineChooser(app);
  }
  let photo = null;
  const categories = h(
    'fieldset',
    { class: 'resident-choices' },
    h('legend', {}, t('report.what')),
    CATEGORIES.map((category, index) =>
      h(
        'label',
        { class: 'resident-choice' },
        h('input', { type: 'radio', name: 'category', value: category, id: `report-category-${category}`, checked: index === 1 }),
        t(`report.category.${category}`),
      ),
    ),
  );
  const danger = h('input', { type: 'checkbox', id: 'report-danger', name: 'danger' });
  const description = h('textarea', { name: 'description', maxlength: 1000, rows: 3 });
  const photoInput = h('input', { type: 'file', accept: 'image/*', capture: 'environment', name: 'photo' });
  const photoStatus = h('p', { id: 'report-photo-status', role: 'status' });
  const contact = h('input', { type: 'text', name: 'contact', maxlength: 200, autocomplete: 'tel', inputmode: 'tel' });
  const send = h('button', { type: 'submit', class: 'primary', id: 'report-send' }, t('report.send'));
  photoInput.addEventListener('change', async () => {
    const file = photoInput.files?.[0];
    photo = null;
    photoStatus.textContent = '';
    if (!file) {
      return;
    }
    try {
      photo = await preparePhoto(file);
      photoStatus.textContent = t('report.photoReady');
    } catch {
      photoStatus.textContent = t('report.photoUnreadable');
    }
  });
  const form = h(
    'form',
    { id: 'report-form', novalidate: true },
    categories,
    h('label', { class: 'resident-choice danger' }, danger, t('report.danger')),
    field('report-description', t('report.description'), description),
    field('report-photo', t('report.photo'), photoInput),
    photoStatus,
    field('report-contact', t('report.contact'), contact, t('report.contactHint')),
    send,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileBusy(send, async () => {
      try {
        const filed = await fileReport(
          {
            equipmentId,
            category: form.elements.category.value,
            description: description.value,
            danger: danger.checked,
            contact: contact.value.trim(),
          },
          photo,
        );
        if (filed.queued) {
          app.notify(t('report.queued'));
          app.go('#/my-reports');
        } else {
          app.go(`#/track/${encodeURIComponent(filed.id)}${filed.notice ? '?duplicate' : ''}`);
        }
      } catch (error) {
        app.fail(error);
      }
    });
  });
  return h(
    'section',
    { class: 'resident', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('report.title')),
    h('p', { class: 'machine', id: 'report-machine' }, t('report.machine', { id: equipmentId })),
    form,
  );
}

/** Without a machine: type the id on its tag, or scan it with the phone's camera app. */
function machineChooser(app) {
  const id = h('input', { type: 'text', name: 'machine', autocomplete: 'off', required: true });
  const go = h('button', { type: 'submit', class: 'primary', id: 'report-machine-go' }, t('report.next'));
  const form = h('form', { id: 'report-machine-form', novalidate: true }, field('report-machine-id', t('report.machineId'), id, t('report.machineIdHint')), go);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const machine = equipmentIdOf(id.value);
    if (machine && EQUIPMENT_ID.test(machine)) {
      app.go(`#/report/${encodeURIComponent(machine)}`);
    } else {
      app.fail({ code: 'INVALID_INPUT', message: t('report.machineIdHint') });
    }
  });
  const nearby = h('ul', { class: 'cards', id: 'report-nearby', 'aria-live': 'polite' });
  const hereButton = h('button', { type: 'button', class: 'secondary', id: 'report-here' }, t('report.here'));
  hereButton.addEventListener('click', () =>
    whileBusy(hereButton, async () => {
      let fix;
      try {
        fix = await locate(15_000);
      } catch {
        app.fail({ code: 'NO_LOCATION', message: t('report.noLocation') });
        return;
      }
      try {
        const machines = await machinesNear(fix);
        nearby.replaceChildren(
          ...(machines.length
            ? machines.map((m) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { class: 'card', href: `#/report/${encodeURIComponent(m.id)}` },
                    h('span', { class: 'card-title' }, `${m.id} · ${formatDistance(m.distanceMeters)}`),
                    h('span', {}, `${m.type} · ${m.site}`),
                  ),
                ),
              )
            : [h('li', { class: 'empty' }, t('report.noneNear'))]),
        );
      } catch (error) {
        app.fail(error);
      }
    }),
  );
  const mine = myReports();
  return h(
    'section',
    { class: 'resident', 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('report.title')),
    form,
    h('p', {}, t('report.or')),
    hereButton,
    nearby,
    mine.length ? h('p', {}, h('a', { href: '#/my-reports' }, t('report.mine', { count: mine.length }))) : null,
  );
}
