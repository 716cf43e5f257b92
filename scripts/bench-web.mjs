// The measuring half of scripts/bench-web.sh. Reports against the targets of
// issue 3 (≤ 200 KB gzipped, first playable screen < 500 ms, a choice
// rendered < 16 ms at the 95th percentile) without asserting them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launchBrowser, newGuardedContext } from '../tests/e2e/lib/browser.mjs';
import { App, StartScreen, ContactScreen } from '../tests/e2e/lib/pages.mjs';
import { setUpPlayer } from '../tests/e2e/lib/flows.mjs';
import { audit } from './lighthouse.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.env.E2E_DIST || path.join(root, 'dist'));
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS || 10);
const CHOICES = Number(process.env.BENCH_CHOICES || 100);

// The game's own files: the other pages (shift, tracks, scores, the LMS
// page, manager, workshop, trainer) are in their own folders.
function walk(dir, top = true) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(top && e.isDirectory() && ['shift', 'tracks', 'scores', 'lms', 'manager', 'author', 'trainer'].includes(e.name)))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), false) : [path.join(dir, e.name)]));
}

// The app's files, and the shipped scenarios per language
// (scenarios/library.<lang>.json): a session fetches only its language's.
function transfer() {
  const kinds = { html: /\.html$/, js: /\.m?js$/, wasm: /\.wasm$/, css: /\.css$/ };
  const rows = { html: 0, js: 0, wasm: 0, css: 0 };
  const languages = {};
  let shipped = 0;
  for (const f of walk(dist)) {
    const rel = path.relative(dist, f);
    const gz = zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
    const lang = rel.match(/^scenarios[\\/]library\.(\w+)\.json$/);
    if (lang) {
      languages[lang[1]] = gz;
      shipped = JSON.parse(fs.readFileSync(f, 'utf8')).length;
    } else for (const [k, re] of Object.entries(kinds)) if (re.test(rel)) rows[k] += gz;
  }
  const app = Object.values(rows).reduce((a, b) => a + b, 0);
  const scenarios = Math.max(0, ...Object.values(languages));
  return { rows, app, languages, scenarios, total: app + scenarios, shipped };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

// Runs in the page before the app: notes when screen-start first becomes
// visible (DOM time and the following frame), relative to navigation start.
function watchFirstPlayable() {
  const check = () => {
    const el = document.querySelector('[data-testid="screen-start"]');
    if (el && el.getClientRects().length && window.__firstPlayableDom === undefined) {
      window.__firstPlayableDom = performance.now();
      requestAnimationFrame(() => { window.__firstPlayableFrame = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
}

// Runs in the page: from a digit keydown (its event timestamp) to the first
// DOM change inside the transcript.
function watchChoiceRender() {
  window.__choiceTimes = [];
  let pressedAt = null;
  document.addEventListener('keydown', (e) => { if (/^[1-5]$/.test(e.key)) pressedAt = e.timeStamp; }, true);
  new MutationObserver((records) => {
    if (pressedAt === null) return;
    const inTranscript = (n) => {
      const el = n.nodeType === 1 ? n : n.parentElement;
      return !!el && (el.closest('[data-testid="transcript"]') !== null || el.querySelector?.('[data-testid="transcript"]') != null);
    };
    // A Yew patch lands inside the transcript; a full re-render replaces a
    // parent, which counts as long as the new nodes hold the transcript.
    if (records.some((r) => (r.target.nodeType === 1 && r.target.closest('[data-testid="transcript"]')) ||
      r.target.parentElement?.closest('[data-testid="transcript"]') ||
      [...r.addedNodes].some(inTranscript))) {
      window.__choiceTimes.push(performance.now() - pressedAt);
      pressedAt = null;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function coldLoads(browser, server) {
  const dom = [];
  const frame = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const { context, log } = await newGuardedContext(browser, server);
    await context.addInitScript(watchFirstPlayable);
    const page = await context.newPage();
    await page.goto(`${server.origin}/#/`);
    await page.waitForFunction(() => window.__firstPlayableFrame !== undefined, null, { timeout: 30000 });
    const t = await page.evaluate(() => [window.__firstPlayableDom, window.__firstPlayableFrame]);
    dom.push(t[0]);
    frame.push(t[1]);
    if (log.foreign.length) console.error(`foreign requests blocked: ${log.foreign.join(', ')}`);
    await context.close();
  }
  return { dom, frame };
}

async function choiceRenders(browser, server) {
  const { context } = await newGuardedContext(browser, server);
  await context.addInitScript(watchChoiceRender);
  const page = await context.newPage();
  const app = new App(page, server.origin);
  const list = await setUpPlayer(app, { name: 'Bench', policy: 'customer-first', typing: false });
  const ids = await list.ids();
  const contact = new ContactScreen(app);
  // A fixed pseudo-random walk so replays cover different paths, the same every run.
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  let replays = 0;
  while ((await page.evaluate(() => window.__choiceTimes.length)) < CHOICES && replays < 200) {
    const id = ids[replays % ids.length];
    await app.goto('#/scenarios');
    await list.waitReady();
    if (await app.testId(`resume-${id}`).count()) await list.resume(id);
    else await list.open(id);
    let turn = await contact.waitForTurn();
    while (turn === 'choices') {
      const open = (await contact.choices()).filter((c) => !c.locked);
      turn = await contact.pick(open[Math.floor(rand() * open.length)].n);
    }
    replays++;
  }
  const times = await page.evaluate(() => window.__choiceTimes);
  await context.close();
  return { times, replays };
}

// The workshop: from picking a generated file of MAP_NODES nodes to its map
// drawn (import, validation, path analysis for the overlays, layout, SVG).
const MAP_NODES = Number(process.env.BENCH_MAP_NODES || 300);
async function mapRenders(browser, server) {
  if (!fs.existsSync(path.join(dist, 'author', 'index.html'))) return null;
  const json = execFileSync('cargo', ['run', '--quiet', '--profile', 'bench-native', '--example', 'generate_scenario', '--', String(MAP_NODES)],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 }).toString();
  const times = [];
  for (let i = 0; i < 5; i++) {
    const { context } = await newGuardedContext(browser, server);
    const page = await context.newPage();
    await page.goto(`${server.origin}/author/`);
    await page.locator('[data-testid="own-empty"]').waitFor();
    await page.evaluate(() => { window.__t0 = performance.now(); });
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: `generated-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="map-graph"] g.node').length === n, MAP_NODES, { timeout: 60000, polling: 'raf' });
    times.push(await page.evaluate(() => performance.now() - window.__t0));
    await context.close();
  }
  return times;
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`no ${dist}/index.html: build first`);
    process.exit(1);
  }
  const size = transfer();
  const server = await startServer(dist);
  const browser = await launchBrowser();
  const cold = await coldLoads(browser, server);
  const choice = await choiceRenders(browser, server);
  const map = await mapRenders(browser, server);
  await browser.close();
  // Lighthouse (issue 22): mobile, simulated throttling, on this server
  // (compressed, cached like production); BENCH_LIGHTHOUSE=0 skips it.
  const lh = process.env.BENCH_LIGHTHOUSE === '0' ? null : await audit(`${server.origin}/`);
  await server.close();

  const kb = (b) => (b / 1024).toFixed(1);
  const ms = (x) => (x === undefined ? 'n/a' : x.toFixed(1));
  const verdict = (ok) => (ok ? 'within' : 'OVER');
  console.log(`\nFrontline web benchmark — Chromium ${browser.version()}, dist ${path.relative(root, dist) || dist}`);
  console.log(`gzip -9 by kind: ${Object.entries(size.rows).map(([k, v]) => `${k} ${kb(v)} KB`).join(', ')}`);
  console.log('');
  const rows = [
    ['measure', 'median', 'p95', 'target', ''],
    ['transfer, gzip -9, a session in one language', `${kb(size.total)} KB`, '', '≤ 200 KB', verdict(size.total <= 200 * 1024)],
    ['  the app: HTML+JS+wasm+CSS', `${kb(size.app)} KB`, '', '', ''],
    ...Object.entries(size.languages).map(([l, v]) => [`  the ${size.shipped} shipped scenarios in ${l}`, `${kb(v)} KB`, '', '', '']),
    [`  one scenario in one language, on average`, `${kb(size.scenarios / Math.max(1, size.shipped))} KB`, '', '', ''],
    [`first playable screen, cold (${cold.frame.length} loads)`, `${ms(pct(cold.frame, 50))} ms`, `${ms(pct(cold.frame, 95))} ms`, '< 500 ms', verdict(pct(cold.frame, 95) < 500)],
    ['  (DOM inserted, before the frame)', `${ms(pct(cold.dom, 50))} ms`, `${ms(pct(cold.dom, 95))} ms`, '', ''],
    [`choice rendered, keydown→transcript (${choice.times.length} choices, ${choice.replays} contacts)`, `${ms(pct(choice.times, 50))} ms`, `${ms(pct(choice.times, 95))} ms`, '< 16 ms p95', verdict(pct(choice.times, 95) < 16)],
  ];
  if (map) rows.push([`workshop: ${MAP_NODES}-node file picked → map drawn (5 runs)`, `${ms(pct(map, 50))} ms`, `${ms(pct(map, 95))} ms`, '', '']);
  if (lh) {
    const runs = lh.lcps.length;
    rows.push([`Lighthouse, mobile, the game (median LCP of ${runs} runs)`, '', '', '', '']);
    rows.push(['  performance', String(lh.performance), '', '≥ 98', verdict(lh.performance >= 98)]);
    rows.push(['  largest contentful paint', `${ms(lh.lcp)} ms`, `${ms(Math.max(...lh.lcps))} ms`, '≤ 1500 ms', verdict(lh.lcp <= 1500)]);
    rows.push(['  first contentful paint', `${ms(lh.fcp)} ms`, '', '', '']);
    rows.push(['  total blocking time', `${ms(lh.tbt)} ms`, '', '', '']);
    rows.push(['  cumulative layout shift', lh.cls.toFixed(3), '', '', '']);
    for (const k of ['accessibility', 'best-practices', 'seo']) rows.push([`  ${k.replace('-', ' ')}`, String(lh[k]), '', '100', verdict(lh[k] === 100)]);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
