// Frontline's service worker (README, "Offline"): after the first visit the
// game, the scenario index and the scenarios and words of the language
// played are kept in the browser, so a reload plays offline. A new build is
// a new VERSION: the browser installs it on the next visit, and it waits
// until the page (between contacts) lets the trainee reload into it.
// The lists are written by scripts/precache.mjs at build time.
const VERSION = 'dev';
const CORE = [];
const LANGS = {};

const CACHE = 'frontline-' + VERSION;
const KNOWN = new Set(CORE.concat(...Object.values(LANGS)));
const put = (lang) => caches.open(CACHE).then((c) => c.addAll(LANGS[lang] || []));

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(CORE)));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('frontline-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// From the page: {lang} once it knows the language played, {update} when
// the trainee takes the new version.
self.addEventListener('message', (e) => {
  const d = e.data || {};
  if (d.lang) e.waitUntil(put(d.lang));
  if (d.update) self.skipWaiting();
});

// Only the game's own files: every other page and request goes to the
// network untouched. Hashed files from the cache; the page, the scenarios
// and the words from the network while there is one (kept for offline).
self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  const scope = new URL(self.registration.scope);
  if (req.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  let rel = url.pathname.slice(scope.pathname.length);
  if (rel === '' || rel === 'index.html') rel = './';
  if (!KNOWN.has(rel)) return;
  const key = new URL(rel, scope).href;
  if (/-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(rel)) {
    e.respondWith(caches.match(key).then((hit) => hit || fetch(req)));
    return;
  }
  e.respondWith(fetch(req).then((res) => {
    if (res.ok) {
      const copy = res.clone();
      e.waitUntil(caches.open(CACHE).then((c) => c.put(key, copy)));
    }
    return res;
  }, () => caches.match(key).then((hit) => hit || Response.error())));
});
