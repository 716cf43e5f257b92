// The browser half of scripts/bench-cohort.sh: the trainer page (dist/trainer)
// loads generated statement pages (`bench_cohort --write DIR`) from a local
// server that answers as an LRS does (GET /lrs/statements is page 1, each
// page's `more` the next), and reports the time to the group's view, the
// longest task on the main thread while loading, and the wasm memory.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pages = process.argv[2];
const count = fs.readdirSync(pages).filter((f) => f.endsWith('.json')).length;
const bytes = fs.readdirSync(pages).reduce((n, f) => n + fs.statSync(path.join(pages, f)).size, 0);

const lrs = http.createServer((req, res) => {
  if (process.env.BENCH_DEBUG) console.log('lrs:', req.method, req.url);
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, x-experience-api-version',
  };
  if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
  const url = new URL(req.url, 'http://x');
  const n = url.pathname === '/lrs/statements' ? 1 : Number((url.pathname.match(/^\/lrs\/(\d+)\.json$/) || [])[1]);
  const file = path.join(pages, `${n}.json`);
  if (!n || !fs.existsSync(file)) return res.writeHead(404, cors).end();
  res.writeHead(200, { ...cors, 'content-type': 'application/json' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => lrs.listen(0, '127.0.0.1', r));
const endpoint = `http://127.0.0.1:${lrs.address().port}/lrs/`;

const server = await startServer(path.join(root, 'dist'));
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (process.env.BENCH_DEBUG) {
    page.on('console', (m) => console.log('page:', m.type(), m.text()));
    page.on('requestfailed', (r) => console.log('failed:', r.url(), r.failure()?.errorText));
  }
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.origin}/trainer/`);
  await page.waitForFunction(() => document.querySelector('[data-testid="lrs-load"]')?.disabled === false, null, { timeout: 60000 });
  await page.fill('[data-testid="lrs-endpoint"]', endpoint);
  await page.fill('[data-testid="lrs-key"]', 'bench');
  await page.fill('[data-testid="lrs-secret"]', 'bench');
  if (process.env.BENCH_DEBUG) console.log('direct:', await page.evaluate(async (u) => { try { const r = await fetch(u + 'statements?limit=500', { headers: { authorization: 'Basic YTpi', 'x-experience-api-version': '1.0.3' }, credentials: 'omit' }); return r.status + ' ' + (await r.text()).length; } catch (e) { return String(e); } }, endpoint));
  await page.evaluate(() => { window.__longest = 0; });
  const started = Date.now();
  await page.click('[data-testid="lrs-load"]');
  // Progress is shown while reading and replaying.
  let progressSeen = 0;
  const poll = setInterval(async () => {
    try {
      if (await page.locator('[data-busy="true"]').count()) progressSeen++;
    } catch { /* page busy */ }
  }, 200);
  // The group's view, or a failure message (then the run stops with it).
  await page.waitForSelector('[data-testid="trainer-group"], [data-testid="trainer-failure"]', { timeout: 30 * 60 * 1000 });
  const failed = await page.locator('[data-testid="trainer-failure"]').count();
  if (failed) throw new Error(`the page says: ${await page.locator('[data-testid="trainer-failure"]').innerText()}`);
  clearInterval(poll);
  const ms = Date.now() - started;
  const { loaded, longest, wasm } = await page.evaluate(() => ({
    loaded: document.querySelector('[data-testid="trainer-loaded"]').innerText,
    longest: window.__longest,
    wasm: window.__wasm ? window.__wasm.memory.buffer.byteLength : 0,
  }));
  const statements = Number(loaded.match(/^(\d+)/)[1]);
  console.log(`browser: ${count} pages, ${(bytes / 1e6).toFixed(0)} MB of JSON; ${loaded}`);
  console.log(`browser: loaded and replayed in ${(ms / 1000).toFixed(1)} s (${Math.round(statements / (ms / 1000))} statements/s), ` +
    `longest main-thread task ${Math.round(longest)} ms, progress seen in ${progressSeen} polls, wasm memory ${(wasm / 1048576).toFixed(0)} MB`);
} finally {
  await browser.close();
  await server.close();
  lrs.close();
}
