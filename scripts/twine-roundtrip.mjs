// Opens Frontline's exported stories in Twine itself and back: each shipped
// scenario is exported with `frontline export --twee`, imported into a
// build of the Twine 2 web app (Library → Import) in headless Chromium,
// opened on its story map, exported again from Twine (Build → Export As
// Twee), and imported into Frontline again, which must give the same
// scenario. A manual check, not part of the test command: it needs a Twine
// web build (from the twinejs sources, `npm ci --ignore-scripts && npx vite
// build`), which the package registries do not offer.
//
//   node scripts/twine-roundtrip.mjs /path/to/twinejs/dist/web [scenario ids…]
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [twineDir, ...only] = process.argv.slice(2);
if (!twineDir || !fs.existsSync(path.join(twineDir, 'index.html'))) {
  console.error('usage: node scripts/twine-roundtrip.mjs TWINE_WEB_BUILD_DIR [scenario ids…]');
  process.exit(2);
}
const cli = path.join(process.env.CARGO_TARGET_DIR || path.join(root, 'target'), 'release', 'frontline');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.join(twineDir, url.endsWith('/') ? `${url}index.html` : url);
  if (!file.startsWith(path.resolve(twineDir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'twine-roundtrip-'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const scenarios = fs.readdirSync(path.join(root, 'assets', 'scenarios'))
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => f.replace(/\.json$/, ''))
  .filter((id) => only.length === 0 || only.includes(id));
let failures = 0;
for (const id of scenarios) {
  const original = path.join(root, 'assets', 'scenarios', `${id}.json`);
  const exported = path.join(work, `${id}.twee`);
  execFileSync(cli, ['export', '--twee', original, '--out', exported]);
  const passages = (fs.readFileSync(exported, 'utf8').match(/^:: /gm) || []).length - 2; // not StoryTitle, StoryData
  const context = await browser.newContext({ acceptDownloads: true });
  // Nothing but Twine's own origin.
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`);
    // A fresh browser profile: Twine's welcome first.
    await page.getByRole('button', { name: 'Skip' }).click({ timeout: 15000 });
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('.story-import-dialog input[type=file]').setInputFiles(exported);
    const card = page.locator('.story-card').first();
    await card.waitFor({ timeout: 10000 });
    await card.getByText(/\d+ passages?/i).waitFor({ timeout: 10000 });
    const summary = await card.innerText();
    assert.match(summary, new RegExp(`\\b${passages} passages?`, 'i'), `${id}: Twine's library card says ${summary}`);
    await card.locator('.selectable-card, [role=button]').first().dblclick();
    await page.locator('.passage-card').first().waitFor({ timeout: 10000 });
    const shown = await page.locator('.passage-card').count();
    assert.equal(shown, passages, `${id}: passages on Twine's story map`);
    await page.getByRole('tab', { name: 'Build' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10000 }),
      page.getByRole('button', { name: 'Export As Twee' }).click(),
    ]);
    const fromTwine = path.join(work, `${id}.from-twine.twee`);
    await download.saveAs(fromTwine);
    const back = path.join(work, `${id}.back.json`);
    execFileSync(cli, ['import', fromTwine, '--out', back], { stdio: 'pipe' });
    // Both written by Frontline's own serialiser (the shipped file leaves
    // out fields at their defaults); Twine sorts passages by name when it
    // exports, so the nodes are compared by id, not by place.
    const canonical = path.join(work, `${id}.canonical.json`);
    execFileSync(cli, ['import', original, '--out', canonical], { stdio: 'pipe' });
    const read = (f) => {
      const s = JSON.parse(fs.readFileSync(f, 'utf8'));
      s.nodes.sort((a, b) => a.id.localeCompare(b.id));
      return s;
    };
    assert.deepEqual(read(back), read(canonical), `${id}: the scenario after Twine`);
    console.log(`ok   ${id}: ${passages} passages in Twine, exported from Twine, the same scenario again`);
  } catch (e) {
    failures += 1;
    await page.screenshot({ path: path.join(work, `${id}.png`), fullPage: true }).catch(() => {});
    console.log(`FAIL ${id}: ${e.message.split('\n')[0]} (screenshot in ${work})`);
  }
  await context.close();
}
await browser.close();
server.close();
console.log(`${scenarios.length - failures} of ${scenarios.length} through Twine and back`);
process.exit(failures ? 1 : 0);
