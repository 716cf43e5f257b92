// The scenario workshop (issue 6): a trainer imports a broken file, reads
// what is wrong, imports the fixed file (by picker and by drag and drop),
// plays it in the game, and finds it again after a reload; then exports and
// deletes it. Damaged stored scenarios are kept aside, not lost.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { TIMEOUT } from '../lib/pages.mjs';
import { setUpPlayer, playToTheEnd } from '../lib/flows.mjs';

const fixture = (ctx, p) => fs.readFileSync(path.join(ctx.root, 'tests', 'fixtures', p), 'utf8');

// The result of each import carries a serial number, so a test waits for
// this import's result, not the last one (which may name the same file).
const resultSerial = (page) => page.evaluate(() =>
  Number(document.querySelector('[data-testid="import-result"]')?.dataset.serial || 0));

async function waitForNewResult(page, before) {
  await page.waitForFunction((b) => {
    const r = document.querySelector('[data-testid="import-result"]');
    return r && Number(r.dataset.serial) > b && r.innerText.length > 0;
  }, before, { timeout: TIMEOUT });
}

async function pickFile(app, page, name, text) {
  const before = await resultSerial(page);
  await app.tabTo('import-file');
  await app.testId('import-file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await waitForNewResult(page, before);
  return app.testId('import-result');
}

async function axeClean(page, where) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `axe (${scheme}) ${where}:\n${describeViolations(violations)}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export const tests = [
  {
    name: 'workshop: import broken, see why, import fixed, play it, survives reload, export, delete',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await app.activate('nav-workshop-list');
      await app.waitFor('screen-workshop');
      await app.waitFor('own-empty');
      await axeClean(page, 'on the empty workshop');

      // A JSON file with a syntax error: line and column.
      const twee = fixture(ctx, 'twee/refund-call.twee');
      const badJson = '{\n  "format": 1,\n  "id": "x"\n  "title": {}\n}\n';
      let result = await pickFile(app, page, 'refund.json', badJson);
      assert.equal(await result.getAttribute('data-outcome'), 'problems');
      assert.match(await result.innerText(), /Line 4, column 3/);
      assert.equal(await app.testId('own-empty').count(), 1, 'nothing was added');

      // A Twee story with a link to a passage that does not exist: the node
      // and choice are named, and the map marks where.
      const broken = twee.replace('it in two days.->Sorted]]', 'it in two days.->Sortd]]');
      result = await pickFile(app, page, 'refund-call.twee', broken);
      assert.equal(await result.getAttribute('data-outcome'), 'problems');
      const problems = await app.testId('import-problems').innerText();
      assert.match(problems, /FL0205 — Node 'found-it', choice '[^']+': .*sortd/);
      assert.ok(await page.locator('[data-testid="map-graph"] .edge-problem').count() > 0,
        'the broken choice is drawn as a problem');
      await axeClean(page, 'with import problems and their map');
      await page.screenshot({ path: path.join(ctx.artifacts, 'workshop-problems-1280x800.png'), fullPage: true });

      // The fixed file is kept and mapped, with the paths drawn over it.
      result = await pickFile(app, page, 'refund-call.twee', twee);
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      assert.match(await result.innerText(), /A refund that never came/);
      await app.waitFor('own-refund-call');
      await app.waitFor('legend-path-best');
      assert.ok(await page.locator('[data-testid="overlay-path-best"] path').count() > 0, 'the best path is drawn');
      assert.ok(await page.locator('[data-testid="overlay-path-script"] path').count() > 0, 'the all-script path is drawn');
      assert.match(await app.testId('legend-path-played').innerText(), /not played to the end yet/);
      // Each path can be switched off and on again from the legend.
      await app.activate('show-path-best', 'Space');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="overlay-path-best"] path').length === 0,
        null, { timeout: TIMEOUT });
      assert.ok(await page.locator('[data-testid="overlay-path-script"] path').count() > 0, 'the others stay');
      await app.activate('show-path-best', 'Space');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="overlay-path-best"] path').length > 0,
        null, { timeout: TIMEOUT });
      await app.activate('map-view-list');
      await app.waitFor('map-list');
      assert.match(await app.testId('map-item-opening').innerText(), /returned a jacket/);
      await axeClean(page, 'with a kept scenario and the map as a list');
      await page.screenshot({ path: path.join(ctx.artifacts, 'workshop-map-list-1280x800.png'), fullPage: true });
      await app.activate('map-view-graph');
      await app.waitFor('map-graph');

      // The same story dropped as a published Twine 2 file replaces it.
      const html = fixture(ctx, 'twine/refund-call.html');
      const dt = await page.evaluateHandle((text) => {
        const d = new DataTransfer();
        d.items.add(new File([text], 'refund-call.html', { type: 'text/html' }));
        return d;
      }, html);
      const before = await resultSerial(page);
      await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: dt });
      await waitForNewResult(page, before);
      assert.equal(await app.testId('import-result').getAttribute('data-file'), 'refund-call.html');
      result = app.testId('import-result');
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      assert.match(await result.innerText(), /replaced your earlier version/);
      assert.equal(await page.locator('[data-testid="own-list"] > li').count(), 1);

      // Export gives the scenario back as Frontline JSON.
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), app.activate('export-refund-call')]);
      assert.equal(download.suggestedFilename(), 'refund-call.json');
      const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert.equal(exported.id, 'refund-call');
      assert.equal(exported.nodes.length, 5);

      // Play it in the game, from the workshop.
      await app.activate('play-refund-call');
      await playToTheEnd(app, page);
      await app.activate('to-debrief');
      await app.waitFor('screen-debrief');

      // After a reload the game still lists it as the trainer's own, played.
      await page.goto(`${ctx.server.origin}/#/scenarios`);
      await page.reload();
      await app.waitFor('own-refund-call');
      assert.equal(await app.testId('new-refund-call').count(), 0, 'played, so no longer new');
      assert.match(await app.testId('best-refund-call-customer-first').innerText(), /\d\/5/);

      // Back in the workshop after a reload: still there, with the played path.
      await page.goto(`${ctx.server.origin}/author/`);
      await app.waitFor('own-refund-call');
      await page.selectOption('[data-testid="map-pick"]', 'refund-call');
      await app.waitFor('legend-path-played');
      assert.doesNotMatch(await app.testId('legend-path-played').innerText(), /not played/);
      assert.ok(await page.locator('[data-testid="overlay-path-played"] path').count() > 0, 'your path is drawn');

      // Delete asks first; cancel keeps it, confirm removes it.
      await app.activate('delete-refund-call');
      await app.activate('cancel-delete-refund-call');
      await app.waitFor('own-refund-call');
      await app.activate('delete-refund-call');
      await app.activate('confirm-delete-refund-call');
      await app.waitFor('own-empty');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'deleted-status', null, { timeout: TIMEOUT });
      await page.goto(`${ctx.server.origin}/#/scenarios`);
      await app.waitFor('scenario-lonely-caller');
      assert.equal(await app.testId('scenario-refund-call').count(), 0, 'deleted from the game too');
    },
  },
  {
    name: 'workshop: damaged stored scenarios are kept aside and both pages say so',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await app.goto('#/');
      await page.evaluate(() => localStorage.setItem('frontline.v1.own', '{"version": 1, "scenarios": [oops'));
      // A new document, not a hash change: the game reads storage as it starts.
      await page.goto(`${ctx.server.origin}/#/scenarios`);
      await page.reload();
      await app.waitFor('own-unreadable');
      await page.goto(`${ctx.server.origin}/author/`);
      await app.waitFor('own-set-aside');
      assert.match(await app.testId('own-set-aside').innerText(), /frontline\.v1\.own\.set-aside\.1/);
      const kept = await page.evaluate(() => localStorage.getItem('frontline.v1.own.set-aside.1'));
      assert.equal(kept, '{"version": 1, "scenarios": [oops');
      await app.waitFor('own-empty');
      // In Dutch too.
      await app.activate('lang-nl');
      await page.waitForFunction(() => document.documentElement.lang === 'nl', null, { timeout: TIMEOUT });
      assert.match(await app.testId('own-set-aside').innerText(), /opslagsleutel/);
    },
  },
  {
    name: 'workshop: scenario text is shown as text, never run, and the page works at 360 px',
    async run(ctx) {
      const { app, page } = await ctx.open({ viewport: { width: 360, height: 740 } });
      await page.goto(`${ctx.server.origin}/author/`);
      await app.waitFor('own-empty');
      const hostile = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script> Hi';
      const scenario = JSON.parse(fixture(ctx, 'valid/minimal.json'));
      scenario.id = 'hostile';
      scenario.nodes[0].customer.en = hostile;
      scenario.title.en = '<b>Bold?</b>';
      const result = await pickFile(app, page, 'hostile.json', JSON.stringify(scenario, null, 2));
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      assert.match(await result.innerText(), /<b>Bold\?<\/b>/);
      await app.activate('map-view-list');
      await app.waitFor('map-list');
      assert.ok((await app.testId('map-item-open').innerText()).includes(hostile), 'the line is shown as typed');
      assert.equal(await page.locator('main img, main b, main script').count(), 0, 'no markup from the file is rendered');
      assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing from the file ran');
      await axeClean(page, 'at 360 px with a kept scenario');
      await page.screenshot({ path: path.join(ctx.artifacts, 'workshop-360x740.png'), fullPage: true });
    },
  },
  {
    name: 'workshop: a contact left open on a scenario that was re-imported changed can be started again',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await page.goto(`${ctx.server.origin}/author/`);
      const twee = fixture(ctx, 'twee/refund-call.twee');
      assert.equal(await (await pickFile(app, page, 'refund-call.twee', twee)).getAttribute('data-outcome'), 'kept');
      await app.activate('play-refund-call');
      await app.waitFor('choice-2');
      const lines = await page.locator('[data-testid^="line-"]').count();
      await page.keyboard.press('2');
      await page.waitForFunction((b) => document.querySelectorAll('[data-testid^="line-"]').length > b, lines, { timeout: TIMEOUT });

      // The trainer renames the answer that was taken and imports again.
      await page.goto(`${ctx.server.origin}/author/`);
      const renamed = twee.replace('@choice style=empathetic seconds=90', '@choice id=look-it-up style=empathetic seconds=90');
      assert.match(await (await pickFile(app, page, 'refund-call.twee', renamed)).innerText(), /replaced/);

      await page.goto(`${ctx.server.origin}/#/scenarios`);
      await page.reload();
      await app.activate('resume-refund-call');
      await app.waitFor('contact-unavailable');
      assert.match(await app.testId('contact-unavailable').innerText(), /earlier version/);
      await app.activate('start-again');
      await app.waitFor('choice-1');
      assert.equal(await page.locator('[data-testid="line-customer"]').count(), 1, 'a fresh contact');
    },
  },
];
