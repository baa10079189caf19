// The field app: a hash router over the screens, the header (connection, queue, language, who is
// signed in), messages, the service worker, and the sync loop that sends the queue whenever the
// phone has signal.
import { ApiError, authorization, forgetPerson, profile, signOut } from './api.js';
import { byId, h } from './dom.js';
import { LANGUAGES, initLanguage, language, setLanguage, t } from './i18n.js';
import { onQueueChange, pendingCount, retryNow, sync } from './queue.js';
import { equipmentView } from './views/equipment.js';
import { homeView } from './views/home.js';
import { inspectView } from './views/inspect.js';
import { queueView } from './views/queue.js';
import { reportView } from './views/report.js';
import { myReportsView, trackView } from './views/track.js';
import { sendWaiting } from './resident.js';
import { scanView } from './views/scan.js';
import { signInView } from './views/signin.js';
import { ticketView } from './views/ticket.js';
import { triageView } from './views/triage.js';

const SYNC_EVERY_MS = 15_000;

const routes = [
  { pattern: /^#\/?$/, view: homeView },
  { pattern: /^#\/scan$/, view: scanView },
  { pattern: /^#\/equipment\/([^/?]+)$/, view: equipmentView },
  { pattern: /^#\/inspect\/([^/?]+)$/, view: inspectView },
  { pattern: /^#\/ticket\/([^/?]+)$/, view: ticketView },
  { pattern: /^#\/queue(?:\?.*)?$/, view: queueView },
  { pattern: /^#\/triage\/([^/?]+)$/, view: triageView },
];

// A resident's screens need no sign-in; a machine's QR tag opens its report screen for anyone not
// signed in on this phone.
const residentRoutes = [
  { pattern: /^#\/report$/, view: reportView },
  { pattern: /^#\/report\/([^/?]+)$/, view: reportView },
  { pattern: /^#\/track\/([^/?]+)(?:\?(\w+))?$/, view: trackView },
  { pattern: /^#\/my-reports$/, view: myReportsView },
];
const EQUIPMENT_ROUTE = /^#\/equipment\/([^/?]+)$/;

let leaving = [];
let rendering = 0;
let shownHash = null;

const app = {
  get person() {
    return profile();
  },
  go(hash) {
    if (location.hash === hash) {
      render();
    } else {
      location.hash = hash;
    }
  },
  refresh: () => render(),
  onLeave: (callback) => leaving.push(callback),
  signedIn() {
    sync();
    app.go('#/');
  },
  notify(text) {
    const toast = byId('toast');
    toast.textContent = text;
    toast.hidden = false;
    clearTimeout(app.toastTimer);
    app.toastTimer = setTimeout(() => (toast.hidden = true), 6000);
  },
  fail(error) {
    const box = byId('error');
    const code = error?.code ?? 'APP_ERROR';
    const known = `error.${code}`;
    let message = error?.message ?? '';
    try {
      message = t(known);
    } catch {
      // the server's own message explains codes the app has no text for
    }
    box.replaceChildren(h('strong', {}, code), ' ', message);
    box.hidden = false;
    box.focus();
  },
};

async function render() {
  const ticket = ++rendering;
  leaving.forEach((callback) => callback());
  leaving = [];
  byId('error').hidden = true;
  renderHeader();
  const main = byId('view');
  const person = profile();
  const hash = location.hash || '#/';
  let view;
  let params = [];
  const resident = residentRoutes.find((r) => r.pattern.test(hash));
  // Offline, the person last signed in goes on working; online, a token is needed.
  if (resident) {
    view = resident.view;
    params = resident.pattern.exec(hash).slice(1).map((p) => (p === undefined ? undefined : decodeURIComponent(p)));
  } else if (!person && EQUIPMENT_ROUTE.test(hash)) {
    view = reportView;
    params = [decodeURIComponent(EQUIPMENT_ROUTE.exec(hash)[1])];
  } else if (!person || (!authorization() && navigator.onLine)) {
    view = signInView;
  } else {
    const route = routes.find((r) => r.pattern.test(hash)) ?? routes[0];
    view = route.view;
    params = route.pattern.exec(hash).slice(1).map(decodeURIComponent);
  }
  main.setAttribute('aria-busy', 'true');
  try {
    const content = await view(app, ...params);
    if (ticket === rendering) {
      main.replaceChildren(content);
    }
  } catch (error) {
    if (ticket !== rendering) {
      return;
    }
    if (error instanceof ApiError && error.status === 401) {
      main.replaceChildren(await signInView(app));
    } else {
      main.replaceChildren(h('p', { class: 'empty' }, t('error.screen')));
    }
    app.fail(error);
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
  // A new screen takes the focus to its heading; a redraw of the same screen leaves it be.
  if (ticket === rendering && shownHash !== hash) {
    shownHash = hash;
    main.querySelector('h1')?.focus();
  }
}

function renderHeader() {
  const person = profile();
  const online = navigator.onLine;
  const net = byId('net');
  net.textContent = online ? t('net.online') : t('net.offline');
  net.className = `net ${online ? 'online' : 'offline'}`;
  byId('queue-link').textContent = t('nav.queue');
  byId('home-link').textContent = t('nav.home');
  const other = LANGUAGES.find((l) => l !== language());
  const switcher = byId('language');
  switcher.textContent = t('language.switch');
  switcher.setAttribute('lang', other);
  switcher.title = t('language.switchLabel');
  const who = byId('who');
  who.textContent = person ? `${person.username} · ${t(`role.${person.role}`)}` : '';
  byId('sign-out').hidden = !person;
  byId('sign-out').textContent = authorization() ? t('nav.signOut') : t('nav.switchPerson');
  document.title = t('app.title');
  updateQueueCount();
}

async function updateQueueCount() {
  const count = await pendingCount();
  const badge = byId('queue-count');
  badge.textContent = count ? String(count) : '';
  badge.hidden = count === 0;
  badge.setAttribute('aria-label', t('queue.pendingLabel', { count }));
}

function start() {
  initLanguage();
  byId('language').addEventListener('click', () => {
    setLanguage(LANGUAGES.find((l) => l !== language()), true);
    render();
  });
  byId('sign-out').addEventListener('click', () => {
    if (authorization()) {
      signOut();
    } else {
      forgetPerson();
    }
    render();
  });
  window.addEventListener('hashchange', render);
  window.addEventListener('online', () => {
    renderHeader();
    retryNow();
    sendWaiting().then((filed) => filed && app.notify(t('report.sent', { count: filed })));
  });
  window.addEventListener('offline', renderHeader);
  // While sync sends a long queue, its screen is redrawn at most every half second.
  let redraw = null;
  onQueueChange(() => {
    updateQueueCount();
    if (/^#\/queue/.test(location.hash) && !redraw) {
      redraw = setTimeout(() => {
        redraw = null;
        if (/^#\/queue/.test(location.hash)) {
          render();
        }
      }, 500);
    }
  });
  setInterval(() => sync(), SYNC_EVERY_MS);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch(() => {
      // the app still works online without its offline shell
    });
  }
  render().then(() => {
    sync();
    if (navigator.onLine) {
      sendWaiting().catch(() => {});
    }
  });
}

start();
