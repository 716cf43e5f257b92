// Served like a product (issue 22): the served files arrive compressed and
// with the right caching; the first screen is in the HTML before any script
// runs, and is replaced without a shift; returning players, deep links and
// frames see a neutral loading state instead; the pages work under the
// README's Content-Security-Policy; and the service worker (allowed only in
// the tests below that say so) keeps the game playable offline, announces
// a new version between contacts only, and is never registered in a frame.
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { BLANK_PATH, IMMUTABLE } from '../lib/server.mjs';
import { ContactScreen, ScenarioList, TIMEOUT } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { contentSecurityPolicy } from '../../../scripts/csp.mjs';

const dist = (ctx) => path.resolve(process.env.E2E_DIST || path.join(ctx.root, 'dist'));

function get(origin, urlPath, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(origin + urlPath, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

// The static first screen's elements and the app's, by the same selectors.
const LAID_OUT = ['h1', '.tagline', '.lead', '#profile-name', 'fieldset.panel', 'label.check', 'button.primary', '#tracks-h', 'header.top', '.langs'];
function rects(selectors) {
  return selectors.map((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(' ');
  });
}

/** Hold the wasm back until `release()`, to look at the page before the app. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue().catch(() => {}); });
  return release;
}

async function noRegistration(frameOrPage) {
  return frameOrPage.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
}

/** Until the service worker controls the page and holds `files`. */
async function cached(page, files) {
  await page.waitForFunction(async (files) => {
    if (!navigator.serviceWorker.controller) return false;
    const names = (await caches.keys()).filter((k) => k.startsWith('frontline-'));
    for (const n of names) {
      const keys = (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname);
      if (files.every((f) => keys.includes('/' + f))) return true;
    }
    return false;
  }, files, { timeout: 30000, polling: 250 });
}

export const tests = [
  {
    name: 'served: compressed copies, immutable hashed files, revalidated pages and scenarios, no 404',
    async run(ctx) {
      const { origin } = ctx.server;
      const html = fs.readFileSync(path.join(dist(ctx), 'index.html'), 'utf8');
      const hashed = [...html.matchAll(/\/((?:frontline|style)-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css))/g)].map((m) => m[1]);
      assert.equal(new Set(hashed.map((f) => path.extname(f))).size, 3, `the page names its hashed js, wasm and css: ${hashed}`);
      for (const f of new Set(hashed)) {
        const br = await get(origin, '/' + f, { 'accept-encoding': 'gzip, deflate, br' });
        assert.equal(br.status, 200, f);
        assert.equal(br.headers['content-encoding'], 'br', `${f} in brotli`);
        assert.equal(br.headers['cache-control'], IMMUTABLE, `${f} cached for a year`);
        assert.match(br.headers.vary || '', /accept-encoding/i);
        assert.ok(br.body.length < fs.statSync(path.join(dist(ctx), f)).size, `${f}: the brotli copy is smaller`);
        const gz = await get(origin, '/' + f, { 'accept-encoding': 'gzip' });
        assert.equal(gz.headers['content-encoding'], 'gzip', `${f} in gzip`);
        const plain = await get(origin, '/' + f);
        assert.equal(plain.headers['content-encoding'], undefined, `${f} plain to a client without compression`);
      }
      for (const f of ['/', '/scenarios/index.en.json', '/scenarios/index.nl.json', '/words/nl.txt', '/sw.js', '/shift/', '/scenarios/double-charged.en.json']) {
        const r = await get(origin, f, { 'accept-encoding': 'br' });
        assert.equal(r.status, 200, f);
        assert.equal(r.headers['cache-control'], 'no-cache', `${f} revalidated`);
        assert.ok(r.headers.etag && r.headers['last-modified'], `${f} has an ETag and Last-Modified`);
        assert.equal(r.headers['content-encoding'], 'br', `${f} in brotli`);
        const again = await get(origin, f, { 'accept-encoding': 'br', 'if-none-match': r.headers.etag });
        assert.equal(again.status, 304, `${f} unchanged: 304`);
      }
      assert.match(html, /<meta content="[^"]{50,}" name=description>|<meta name="description" content="[^"]{50,}"/, 'a meta description');

      const { page } = await ctx.open();
      const failed = [];
      page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
      await page.goto(`${origin}/`);
      await page.locator('[data-testid="screen-start"]').waitFor({ timeout: TIMEOUT });
      await page.waitForLoadState('load');
      const encodings = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((e) => /\.(wasm|js|css)$/.test(e.name)).map((e) => [e.name, e.encodedBodySize, e.decodedBodySize]));
      for (const [name, encoded, decoded] of encodings) assert.ok(encoded < decoded, `${name} arrived compressed (${encoded} < ${decoded})`);
      for (const p of ['/icon.svg', '/manifest.webmanifest', '/icon-192.png', '/icon-512.png']) {
        assert.equal((await get(origin, p)).status, 200, `${p} is served`);
      }
      const manifest = JSON.parse((await get(origin, '/manifest.webmanifest')).body);
      assert.ok(manifest.icons.some((i) => i.sizes === '512x512'), 'the manifest has a 512 px icon');
      assert.deepEqual(failed, [], 'no request failed');
    },
  },
  {
    name: 'first screen: the HTML has the start screen, its heading and controls, before any script runs',
    async run(ctx) {
      const { page } = await ctx.open({ javaScriptEnabled: false });
      await page.goto(`${ctx.server.origin}/`);
      await page.getByRole('heading', { level: 1, name: 'Take the call' }).waitFor({ timeout: TIMEOUT });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      for (const [role, name] of [['textbox', 'Your name'], ['button', 'Add and use'], ['radio', 'Target-driven centre'], ['radio', 'Customer-first centre'],
        ['checkbox', 'Show the customer typing before each line'], ['button', 'To the contacts'], ['button', 'English'], ['button', 'Nederlands']]) {
        assert.ok(await page.getByRole(role, { name, exact: false }).first().isVisible(), `${role} "${name}" shows without scripts`);
      }
      // The game's own styles: the stylesheet is applied.
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('header.top')).display), 'flex');

      // The app, once ready, lays out the same screen in the same places as
      // the static one (measured with scripts on, the wasm held back), and
      // the static copy is gone.
      for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
        const before = await ctx.open({ viewport });
        const release = await holdWasm(before.page);
        await before.page.goto(`${ctx.server.origin}/`);
        await before.page.locator('#boot h1').waitFor({ timeout: TIMEOUT });
        const still = await before.page.evaluate(rects, LAID_OUT);
        release();
        const { app, page: live } = await ctx.open({ viewport });
        await app.goto('#/');
        await app.waitFor('tracks');
        assert.equal(await live.locator('#boot').count(), 0, 'the static screen is removed');
        assert.equal(await live.locator('h1').count(), 1);
        assert.deepEqual(await live.evaluate(rects, LAID_OUT), still, `the app lays out the start screen where the static one was (${viewport.width} px)`);
      }
    },
  },
  {
    name: 'first screen: a first visit sees the start screen before the wasm; stored progress, a deep link and a frame see the neutral loading state',
    async run(ctx) {
      const { origin } = ctx.server;
      const state = (target) => target.evaluate(() => ({
        wait: document.documentElement.classList.contains('wait'),
        boot: !!document.getElementById('boot'),
        heading: (() => { const h = document.querySelector('#boot h1'); return !!h && getComputedStyle(h).visibility === 'visible'; })(),
        brand: (() => { const b = document.querySelector('#boot .brand'); return !!b && getComputedStyle(b).visibility === 'visible'; })(),
      }));

      // A first visit: the start screen, until the app takes over.
      const first = await ctx.open();
      let release = await holdWasm(first.page);
      await first.page.goto(`${origin}/`);
      await first.page.locator('#boot h1').waitFor({ timeout: TIMEOUT });
      assert.deepEqual(await state(first.page), { wait: false, boot: true, heading: true, brand: true }, 'first visit: the start screen');
      release();
      await first.app.waitFor('screen-start');
      assert.equal(await first.page.locator('#boot').count(), 0);

      // The same browser with a profile stored: the header only.
      await setUpPlayer(first.app, { name: 'Ria' });
      release = await holdWasm(first.page);
      await first.page.goto(`${origin}/#/`);
      await first.page.reload();
      await first.page.locator('#boot').waitFor({ state: 'attached', timeout: TIMEOUT });
      assert.deepEqual(await state(first.page), { wait: true, boot: true, heading: false, brand: true }, 'returning player: neutral');
      release();
      await first.app.waitFor('profile-select-Ria');

      // A deep link on a first visit: neutral too (the start screen would not be it).
      const deep = await ctx.open();
      release = await holdWasm(deep.page);
      await deep.page.goto(`${origin}/#/scenarios`);
      await deep.page.locator('#boot').waitFor({ state: 'attached', timeout: TIMEOUT });
      assert.deepEqual(await state(deep.page), { wait: true, boot: true, heading: false, brand: true }, 'deep link: neutral');
      release();
      await deep.app.waitFor('screen-scenarios');

      // In a frame (an LMS that frames the game): neutral.
      const framed = await ctx.open();
      release = await holdWasm(framed.page);
      await framed.page.goto(`${origin}${BLANK_PATH}`);
      await framed.page.setContent(`<!doctype html><html lang="en"><title>LMS</title><iframe title="Course" src="${origin}/" style="width:100%;height:90vh"></iframe></html>`);
      const frame = framed.page.frameLocator('iframe');
      await frame.locator('#boot').waitFor({ state: 'attached', timeout: TIMEOUT });
      const inner = framed.page.frames().find((f) => f !== framed.page.mainFrame());
      assert.deepEqual(await state(inner), { wait: true, boot: true, heading: false, brand: true }, 'in a frame: neutral');
      release();
      await frame.locator('[data-testid="screen-start"]').waitFor({ timeout: TIMEOUT });
    },
  },
  {
    name: 'served: every page works under the README\'s Content-Security-Policy, with no failed request',
    async run(ctx) {
      ctx.server.setCsp(contentSecurityPolicy(dist(ctx)));
      try {
        const { app, page, log } = await ctx.open();
        await page.addInitScript(() => {
          window.__violations = [];
          document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        const failed = [];
        page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
        const response = await page.goto(`${ctx.server.origin}/`);
        assert.match(response.headers()['content-security-policy'] || '', /'wasm-unsafe-eval'/);
        const list = await setUpPlayer(app);
        const [id] = await list.ids();
        await list.open(id);
        await new ContactScreen(app).waitForTurn();
        assert.equal(await page.locator('#boot').count(), 0, 'the first screen\'s script ran');
        assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no violation on the game page');
        for (const [folder, ready] of [['shift/', 'body > main'], ['tracks/', 'body > main'], ['scores/', 'body > main'], ['manager/', 'body > main'], ['author/', 'body > main']]) {
          await page.goto(`${ctx.server.origin}/${folder}`);
          await page.locator(ready).first().waitFor({ timeout: TIMEOUT });
          await page.waitForFunction(() => document.querySelector('main').innerText.trim().length > 0, null, { timeout: TIMEOUT });
          assert.deepEqual(await page.evaluate(() => window.__violations), [], `no violation on ${folder}`);
        }
        assert.deepEqual(log.consoleErrors.filter((e) => /Content Security Policy/i.test(e)), [], 'no CSP errors in the console');
        assert.deepEqual(failed, [], 'no request failed on any page (no favicon.ico either)');
      } finally {
        ctx.server.setCsp(null);
      }
    },
  },
  {
    name: 'offline: after a first visit, a reload without a network still plays a contact (service worker)',
    async run(ctx) {
      const { app, page, context } = await ctx.open({ serviceWorkers: 'allow' });
      const list = await setUpPlayer(app, { lang: 'nl', name: 'Noor' });
      const [id] = await list.ids();
      await cached(page, ['', 'scenarios/index.nl.json', `scenarios/${id}.nl.json`, 'words/nl.txt']);
      await context.setOffline(true);
      try {
        await page.reload();
        const again = new ScenarioList(app);
        await again.waitReady();
        await again.open(id);
        const contact = new ContactScreen(app);
        await contact.playToDebrief();
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
      } finally {
        await context.setOffline(false);
      }
    },
  },
  {
    name: 'offline: a new version is announced between contacts, never in the middle of one (service worker)',
    async run(ctx) {
      const { app, page } = await ctx.open({ serviceWorkers: 'allow' });
      const list = await setUpPlayer(app, { name: 'Joe' });
      const [id] = await list.ids();
      await cached(page, ['', 'scenarios/index.en.json']);
      await list.open(id);
      const contact = new ContactScreen(app);
      await contact.waitForTurn();
      // A new build: the same service worker with another version.
      const sw = fs.readFileSync(path.join(dist(ctx), 'sw.js'), 'utf8');
      assert.match(sw, /VERSION="[0-9a-f]{12}"/);
      ctx.server.override('/sw.js', sw.replace(/VERSION="[0-9a-f]{12}"/, 'VERSION="e2e-new"'));
      try {
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
        await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()).waiting, null, { timeout: 30000, polling: 250 });
        await page.waitForTimeout(300); // the page's handler has run (no notice is the point)
        assert.equal(await page.locator('#update:visible').count(), 0, 'no notice in the middle of a contact');
        await contact.playToDebrief();
        const notice = page.locator('#update');
        await notice.waitFor({ state: 'visible', timeout: TIMEOUT });
        assert.match(await notice.innerText(), /new version/);
        assert.equal(await notice.getAttribute('role'), 'status');
        await notice.getByRole('button').click();
        await page.waitForFunction(async () => (await caches.keys()).includes('frontline-e2e-new'), null, { timeout: 30000, polling: 250 });
        await app.waitFor('screen-debrief');
      } finally {
        ctx.server.unoverride('/sw.js');
      }
    },
  },
  {
    name: 'offline: no service worker in a frame (an LMS) or on the LMS page',
    async run(ctx) {
      const { page } = await ctx.open({ serviceWorkers: 'allow' });
      await page.goto(`${ctx.server.origin}${BLANK_PATH}`);
      await page.setContent(`<!doctype html><html lang="en"><title>LMS</title><iframe title="Course" src="${ctx.server.origin}/" style="width:100%;height:90vh"></iframe></html>`);
      await page.frameLocator('iframe').locator('[data-testid="screen-start"]').waitFor({ timeout: TIMEOUT });
      const inner = page.frames().find((f) => f !== page.mainFrame());
      await inner.waitForLoadState('load');
      await page.waitForTimeout(500);
      assert.equal(await noRegistration(inner), 0, 'no service worker registered from the frame');
      await page.goto(`${ctx.server.origin}/lms/`);
      await page.locator('body > main').waitFor({ timeout: TIMEOUT });
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      assert.equal(await noRegistration(page), 0, 'no service worker registered on the LMS page');
      assert.ok(!fs.readFileSync(path.join(dist(ctx), 'lms', 'index.html'), 'utf8').includes('serviceWorker'), 'the LMS page has no registration');
    },
  },
];
