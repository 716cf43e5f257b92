// Browser end-to-end tests for Frontline (issue 3). Serves the release build
// in dist/, drives Debian's Chromium through playwright-core, and ends with
// the plain line "N passed, N failed" that CI reads.
//
//   npm run e2e                 all tests
//   npm run e2e -- locked       only tests whose name contains "locked"
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launchBrowser, newGuardedContext } from './lib/browser.mjs';
import { App } from './lib/pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
// E2E_DIST lets the harness be tried against another build folder.
const dist = path.resolve(process.env.E2E_DIST || path.join(root, 'dist'));
const ARTIFACTS = path.join(here, 'artifacts');

const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS || 180000);

async function main() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`${path.join(dist, 'index.html')} is missing: build the release first with\n` +
      '  PATH=$PWD/node_modules/.bin:$PATH trunk build --release');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // Failure shots from an earlier run would mislead whoever reads the folder.
  for (const f of fs.readdirSync(ARTIFACTS)) if (f.startsWith('FAILED-')) fs.rmSync(path.join(ARTIFACTS, f));

  const specs = fs.readdirSync(path.join(here, 'specs')).filter((f) => f.endsWith('.mjs')).sort();
  const tests = [];
  for (const f of specs) {
    const mod = await import(path.join(here, 'specs', f));
    for (const t of mod.tests) tests.push({ ...t, file: f });
  }
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected = filter.length ? tests.filter((t) => filter.some((w) => t.name.includes(w))) : tests;

  const server = await startServer(dist);
  const browser = await launchBrowser();
  console.log(`serving ${dist} at ${server.origin}; Chromium ${browser.version()}`);

  let passed = 0;
  let failed = 0;
  const foreignAll = new Set();
  for (const t of selected) {
    const opened = [];
    const ctx = {
      root,
      server,
      browser,
      artifacts: ARTIFACTS,
      async open(options = {}) {
        const { context, log } = await newGuardedContext(browser, server, options);
        const page = await context.newPage();
        const entry = { context, log, page, app: new App(page, server.origin) };
        opened.push(entry);
        return entry;
      },
    };
    const started = Date.now();
    let error = null;
    try {
      await withTimeout(t.run(ctx), TEST_TIMEOUT_MS, t.name);
    } catch (e) {
      error = e;
    }
    const problems = [];
    for (const o of opened) {
      for (const u of o.log.foreign) { foreignAll.add(u); problems.push(`request to a foreign host: ${u}`); }
      for (const e of o.log.pageErrors) problems.push(`uncaught error in page: ${e}`);
    }
    if (error) {
      for (const o of opened) {
        try {
          await o.page.screenshot({ path: path.join(ARTIFACTS, `FAILED-${slug(t.name)}.png`), fullPage: true });
        } catch { /* page may be gone */ }
      }
    }
    for (const o of opened) await o.context.close().catch(() => {});
    const ms = Date.now() - started;
    if (!error && problems.length === 0) {
      passed++;
      console.log(`ok   ${t.name} (${ms} ms)`);
    } else {
      failed++;
      console.log(`FAIL ${t.name} (${ms} ms)`);
      if (error) console.log(indent(error.stack || String(error)));
      for (const p of problems) console.log(indent(p));
      for (const o of opened) {
        if (o.log.consoleErrors.length) console.log(indent('console errors:\n' + o.log.consoleErrors.join('\n')));
      }
    }
  }
  await browser.close();
  await server.close();
  if (foreignAll.size) console.log(`requests to foreign hosts were blocked:\n${indent([...foreignAll].join('\n'))}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${name}: timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

const indent = (s) => String(s).split('\n').map((l) => '     ' + l).join('\n');
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
