// The inspection form: the checklist of the equipment's type, the condition (a failed item makes
// it a defect, with severity and category), notes, up to six photos and the GPS fix. Saving puts
// the patrol in the phone's queue first; it is sent from there, now or once there is signal.
import { cachedGet } from '../api.js';
import { ANSWERS as CHECK_ANSWERS, anyFailed, checklistFor } from '../checklists.js';
import { field, h, whileBusy } from '../dom.js';
import { locate } from '../geo.js';
import { t } from '../i18n.js';
import { MAX_PHOTOS, preparePhoto } from '../photos.js';
import { keyOf } from '../keys.js';
import { enqueuePatrol, sync } from '../queue.js';
import { inWords } from '../words.js';

const LEVELS = ['ROUTINE', 'FUNCTIONAL', 'STRUCTURAL'];
const CONDITIONS = ['OK', 'DEFECT', 'MISSING', 'NOT_ACCESSIBLE'];
const SEVERITIES = ['CRITICAL', 'MAJOR', 'MINOR'];
const CATEGORIES = ['STRUCTURAL', 'MECHANICAL', 'SURFACE', 'SIGNAGE', 'MISSING_PART', 'OTHER'];

export async function inspectView(app, equipmentId) {
  let type = '';
  try {
    type = (await cachedGet(`/api/v1/equipment/${encodeURIComponent(equipmentId)}`)).body.type;
  } catch {
    type = '';
  }
  const items = checklistFor(type);
  const photos = [];
  let fix = null;

  const level = h('select', { name: 'level' }, LEVELS.map((l) => h('option', { value: l }, t(`level.${l}`))));
  const checklist = h(
    'fieldset',
    { class: 'checklist' },
    h('legend', {}, t('inspect.checklist')),
    items.map((item) =>
      h(
        'div',
        { class: 'check', role: 'radiogroup', 'aria-labelledby': `check-${item}-label` },
        h('span', { id: `check-${item}-label`, class: 'check-label' }, t(`check.${item}`)),
        h('div', { class: 'segmented' }, CHECK_ANSWERS.map((answer) => choice(`check-${item}`, answer, t(`answer.${answer}`), answer === 'PASS'))),
      ),
    ),
  );
  const condition = h(
    'fieldset',
    { class: 'segmented-field' },
    h('legend', {}, t('inspect.condition')),
    h('div', { class: 'segmented wrap' }, CONDITIONS.map((c) => choice('condition', c, t(`condition.${c}`), c === 'OK'))),
  );
  const severity = h('select', { name: 'severity' }, SEVERITIES.map((s) => h('option', { value: s }, t(`severity.${s}`))));
  severity.value = 'MAJOR';
  const category = h('select', { name: 'category' }, CATEGORIES.map((c) => h('option', { value: c }, t(`category.${c}`))));
  const description = h('textarea', { name: 'description', maxlength: 1000, rows: 2 });
  const defect = h(
    'fieldset',
    { id: 'defect', hidden: true },
    h('legend', {}, t('inspect.defect')),
    field('severity', t('inspect.severity'), severity),
    field('category', t('inspect.category'), category),
    field('description', t('inspect.description'), description),
  );
  const notes = h('textarea', { name: 'notes', maxlength: 1000, rows: 3 });
  const photoInput = h('input', { type: 'file', accept: 'image/*', capture: 'environment', multiple: true, name: 'photos' });
  const previews = h('ul', { class: 'photos', 'aria-live': 'polite' });
  const gpsStatus = h('p', { id: 'gps-status', role: 'status' }, t('inspect.locating'));
  const save = h('button', { type: 'submit', class: 'primary', id: 'save-inspection' }, t('inspect.save'));
  const form = h('form', { id: 'inspection-form', novalidate: true });

  const conditionValue = () => form.elements.condition.value;
  const answers = () => Object.fromEntries(items.map((item) => [item, form.elements[`check-${item}`].value]));
  const showDefect = () => {
    defect.hidden = conditionValue() !== 'DEFECT';
  };
  checklist.addEventListener('change', () => {
    if (anyFailed(answers()) && conditionValue() === 'OK') {
      form.elements.condition.value = 'DEFECT';
      showDefect();
    }
  });
  condition.addEventListener('change', showDefect);

  /** The inspection as entered so far (the position and time are added on saving). */
  const draft = () => {
    const found = conditionValue();
    const inspection = {
      equipmentId,
      level: level.value,
      condition: found,
      checklist: found === 'NOT_ACCESSIBLE' ? {} : answers(),
      notes: notes.value.trim(),
      photoHashes: photos.map((photo) => photo.hash),
    };
    if (found === 'DEFECT') {
      inspection.defect = { severity: severity.value, category: category.value, description: description.value.trim() };
    }
    return inspection;
  };
  // With a key on this phone, saving signs the inspection here: what it signs is shown in words.
  const signsHere = (await keyOf(app.person?.username)) !== null;
  const signing = h('p', { id: 'signing-summary', class: 'hint', 'aria-live': 'polite', hidden: !signsHere });
  const showSigning = () => {
    if (signsHere) {
      signing.textContent = t('sign.onThisPhone', { what: inWords(t, 'recordPatrol', [JSON.stringify({ inspections: [draft()] })]) });
    }
  };
  form.addEventListener('input', showSigning);
  form.addEventListener('change', showSigning);

  const renderPreviews = () => {
    showSigning();
    previews.replaceChildren(
      ...photos.map((photo, index) =>
        h(
          'li',
          {},
          h('img', { src: photo.url, alt: t('inspect.photoAlt', { n: index + 1 }) }),
          h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                URL.revokeObjectURL(photo.url);
                photos.splice(index, 1);
                renderPreviews();
              },
            },
            t('inspect.removePhoto', { n: index + 1 }),
          ),
        ),
      ),
    );
    photoInput.disabled = photos.length >= MAX_PHOTOS;
  };
  app.onLeave(() => photos.forEach((photo) => URL.revokeObjectURL(photo.url)));
  photoInput.addEventListener('change', async () => {
    const files = [...photoInput.files];
    photoInput.value = '';
    if (photos.length + files.length > MAX_PHOTOS) {
      app.fail({ code: 'TOO_MANY_PHOTOS', message: t('inspect.tooManyPhotos', { max: MAX_PHOTOS }) });
    }
    for (const file of files.slice(0, MAX_PHOTOS - photos.length)) {
      try {
        const prepared = await preparePhoto(file);
        if (!photos.some((p) => p.hash === prepared.hash)) {
          photos.push({ ...prepared, url: URL.createObjectURL(prepared.blob) });
        }
      } catch {
        app.fail({ code: 'PHOTO_UNREADABLE', message: t('inspect.photoUnreadable', { name: file.name }) });
      }
    }
    renderPreviews();
  });

  const relocate = async () => {
    gpsStatus.textContent = t('inspect.locating');
    try {
      fix = await locate();
      gpsStatus.textContent = t('inspect.position', {
        lat: fix.latitude.toFixed(5),
        lon: fix.longitude.toFixed(5),
        accuracy: fix.accuracyMeters,
      });
    } catch {
      fix = null;
      gpsStatus.textContent = t('inspect.noPosition');
    }
  };
  relocate();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await whileBusy(save, async () => {
      if (!fix) {
        await relocate();
      }
      if (!fix) {
        app.fail({ code: 'NO_LOCATION', message: t('inspect.noPosition') });
        return;
      }
      if (conditionValue() === 'DEFECT' && !description.value.trim()) {
        app.fail({ code: 'INVALID_INPUT', message: t('inspect.describeDefect') });
        description.focus();
        return;
      }
      const item = await enqueuePatrol({ ...draft(), gps: fix, observedAt: new Date().toISOString() }, photos);
      sync();
      app.notify(t('inspect.saved', { id: equipmentId }));
      app.go(`#/queue?saved=${item.id}`);
    });
  });

  form.append(
    field('level', t('inspect.level'), level),
    checklist,
    condition,
    defect,
    field('notes', t('inspect.notes'), notes),
    field('photos', t('inspect.photos', { max: MAX_PHOTOS }), photoInput, t('inspect.photosHint')),
    previews,
    h('div', { class: 'gps' }, gpsStatus, h('button', { type: 'button', class: 'secondary', onclick: relocate }, t('inspect.relocate'))),
    signing,
    save,
  );
  showSigning();
  return h('section', { 'aria-labelledby': 'view-title' }, h('h1', { id: 'view-title' }, t('inspect.title', { id: equipmentId })), form);
}

function choice(name, value, label, checked) {
  const id = `${name}-${value}`;
  return h('span', { class: 'choice' }, h('input', { type: 'radio', name, value, id, checked }), h('label', { for: id }, label));
}
