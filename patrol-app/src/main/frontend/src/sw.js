// The service worker: the app shell from the phone's cache, so that the app opens and records
// with no network at all. The API and the evidence store always go to the network: what the
// ledger says is never served stale by the worker (the app keeps its own copies for offline).
// build.mjs fills in VERSION (a hash of the shell) and SHELL (its files).
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const CACHE = `fitledger-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('fitledger-shell-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (/^\/(api|evidence|health)(\/|$)/.test(url.pathname)) {
    return;
  }
  const key = request.mode === 'navigate' ? './' : request;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(key, { ignoreSearch: request.mode === 'navigate' })) ?? fetch(request)),
  );
});
