// Sign-in, and enrolment of this phone with a one-time code (keys.js). Offline, a person who
// signed in on this phone before may go on recording; the records wait in the queue until they
// sign in again.
import { profile, signIn } from '../api.js';
import { field, h, whileBusy } from '../dom.js';
import { t } from '../i18n.js';
import { canEnrol, enrol, enrolledHere, signInWithKey } from '../keys.js';

export async function signInView(app) {
  const username = h('input', { name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', class: 'primary' }, t('signIn.submit'));
  const known = profile();
  if (known) {
    username.value = known.username;
  }
  const form = h(
    'form',
    {
      id: 'sign-in-form',
      onsubmit: async (event) => {
        event.preventDefault();
        await whileBusy(button, async () => {
          try {
            await signIn(username.value.trim(), password.value);
            password.value = '';
            app.signedIn();
          } catch (error) {
            password.value = '';
            app.fail(error);
            password.focus();
          }
        });
      },
    },
    field('username', t('signIn.username'), username),
    field('password', t('signIn.password'), password),
    button,
  );
  const offline =
    known && !navigator.onLine
      ? h(
          'div',
          { class: 'note' },
          h('p', {}, t('signIn.offline', { name: known.username })),
          h('button', { type: 'button', class: 'secondary', onclick: () => app.go('#/') }, t('signIn.continueOffline')),
        )
      : null;
  const resident = h('p', { class: 'resident-link' }, h('a', { href: '#/report', id: 'report-link' }, t('signIn.report')));
  return h(
    'section',
    { 'aria-labelledby': 'view-title' },
    h('h1', { id: 'view-title' }, t('signIn.title')),
    offline,
    ...(await enrolledHere()).map((name) => keySignIn(app, name)),
    form,
    canEnrol() ? enrolForm(app, known) : h('p', { class: 'note', id: 'enrol-insecure' }, t('error.INSECURE_CONTEXT')),
    resident,
  );
}

/** Signing in with the key this phone enrolled for the person: one tap, no password. */
function keySignIn(app, name) {
  const button = h('button', { type: 'button', class: 'primary key-sign-in', 'data-person': name }, t('signIn.withKey', { name }));
  button.addEventListener('click', () =>
    whileBusy(button, async () => {
      try {
        await signInWithKey(name);
        app.signedIn();
      } catch (error) {
        app.fail(error);
      }
    }),
  );
  return h('p', {}, button);
}

/** The first sign-in on a new phone: the username and the registrar's one-time code. */
function enrolForm(app, known) {
  const username = h('input', { name: 'enrol-username', autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true });
  const code = h('input', { name: 'enrol-code', autocomplete: 'one-time-code', autocapitalize: 'characters', spellcheck: 'false', required: true });
  const button = h('button', { type: 'submit', class: 'secondary', id: 'enrol-submit' }, t('enrol.submit'));
  if (known) {
    username.value = known.username;
  }
  return h(
    'form',
    {
      id: 'enrol-form',
      onsubmit: async (event) => {
        event.preventDefault();
        await whileBusy(button, async () => {
          try {
            const person = await enrol(username.value.trim(), code.value.trim());
            code.value = '';
            app.notify(t('enrol.done', { name: person.username }));
            app.signedIn();
          } catch (error) {
            app.fail(error);
            code.focus();
          }
        });
      },
    },
    h('h2', {}, t('enrol.title')),
    h('p', { class: 'hint' }, t('enrol.hint')),
    field('enrol-username', t('signIn.username'), username),
    field('enrol-code', t('enrol.code'), code),
    button,
  );
}
