// Trainers write in Twine (issue 21): the workshop hands out a starter
// story, keeps an ordinary Twine story with its warnings grouped by kind,
// reads a story that does not say its one language in the language of its words, gives
// a scenario back as Twee, and the game lists a one-language scenario in
// the other language with a label.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { TIMEOUT } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';

const story = (ctx, f) => fs.readFileSync(path.join(ctx.root, 'tests', 'fixtures', 'stories', f), 'utf8');

const resultSerial = (page) => page.evaluate(() =>
  Number(document.querySelector('[data-testid="import-result"]')?.dataset.serial || 0));

async function pickFile(app, page, name, text) {
  const before = await resultSerial(page);
  await app.tabTo('import-file');
  await app.testId('import-file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForFunction((b) => {
    const r = document.querySelector('[data-testid="import-result"]');
    return r && Number(r.dataset.serial) > b && r.innerText.length > 0;
  }, before, { timeout: TIMEOUT });
  return app.testId('import-result');
}

const groups = (page, testid) => page.$$eval(`[data-testid="${testid}"] > li`, (lis) =>
  lis.map((li) => ({ code: li.dataset.code, count: Number(li.dataset.count), severity: li.dataset.severity, text: li.innerText })));

export const tests = [
  {
    name: 'workshop twine: starter story, an ordinary story kept with grouped warnings, an undeclared language read from the words, export for Twine, label in the game',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await app.activate('nav-workshop-list');
      await app.waitFor('screen-workshop');

      // The starter story downloads, and imports with nothing to fix.
      const [starter] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), app.activate('download-starter')]);
      assert.equal(starter.suggestedFilename(), 'frontline-starter.twee');
      const starterText = fs.readFileSync(await starter.path(), 'utf8');
      assert.match(starterText, /^:: StoryTitle\n/);
      let result = await pickFile(app, page, 'frontline-starter.twee', starterText);
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      assert.equal(await app.testId('import-warnings').count(), 0, 'nothing to look at');
      await app.waitFor('own-starter-lost-parcel');

      // An ordinary Harlowe story: kept, each kind of warning once, with
      // its count.
      result = await pickFile(app, page, 'broadband.twee', story(ctx, 'harlowe-broadband.twee'));
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      const warnings = await groups(page, 'import-warnings');
      const codes = warnings.map((g) => g.code);
      assert.equal(new Set(codes).size, codes.length, `one line per kind: ${codes}`);
      const feedback = warnings.find((g) => g.code === 'FL0432');
      assert.ok(feedback && feedback.count >= 6, JSON.stringify(warnings));
      assert.match(feedback.text, /more like this, also at Line \d+/);
      assert.ok(warnings.every((g) => g.severity === 'warning'));
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe (${scheme}) with grouped warnings:\n${describeViolations(violations)}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.screenshot({ path: path.join(ctx.artifacts, 'workshop-twine-warnings-1280x800.png'), fullPage: true });

      // Exported for Twine and imported again: the same scenario.
      const [twee] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), app.activate('export-twee-broadband-down-again')]);
      assert.equal(twee.suggestedFilename(), 'broadband-down-again.twee');
      const tweeText = fs.readFileSync(await twee.path(), 'utf8');
      assert.match(tweeText, /^:: Frontline /m);
      result = await pickFile(app, page, 'broadband-down-again.twee', tweeText);
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      assert.match(await result.innerText(), /replaced your earlier version/);

      // A story in English that does not say so: kept, read as English,
      // and the trainer told how to say it.
      result = await pickFile(app, page, 'password.twee', story(ctx, 'undeclared-english.twee'));
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      const problems = await groups(page, 'import-warnings');
      assert.equal(problems.filter((g) => g.severity === 'error').length, 0, JSON.stringify(problems));
      const guessed = problems.find((g) => g.code === 'FL0437');
      assert.ok(guessed, JSON.stringify(problems));
      assert.match(guessed.text, /read as English/);

      // A Twine library archive: the first story is kept, and another can
      // be taken instead without picking the file again.
      result = await pickFile(app, page, 'library.html', story(ctx, 'library-archive.html'));
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      assert.match(await result.innerText(), /Wrong size delivered/);
      await app.waitFor('archive-stories');
      const other = page.locator('[data-story="Factuur te hoog"]');
      assert.equal(await other.innerText(), 'Import “Factuur te hoog”');
      const before = await resultSerial(page);
      await other.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((b) => Number(document.querySelector('[data-testid="import-result"]')?.dataset.serial) > b, before, { timeout: TIMEOUT });
      result = app.testId('import-result');
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      assert.match(await result.innerText(), /Factuur te hoog/);
      assert.equal(await page.locator('[data-story="Wrong size delivered"]').count(), 1, 'the first story is offered now');

      // Narration is set apart from what the customer says, in the
      // workshop's map and in the game's transcript.
      result = await pickFile(app, page, 'voorschot.twee', story(ctx, 'narrated-energy-nl.twee'));
      assert.equal(await result.getAttribute('data-outcome'), 'kept');

      // A Dutch-only story is kept, and the English list shows it, labelled.
      result = await pickFile(app, page, 'verhuizing.twee', story(ctx, 'snowman-nl.twee'));
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      await page.goto(`${ctx.server.origin}/#/scenarios`);
      await app.waitFor('only-in-verhuizing-doorgeven');
      assert.equal(await app.testId('only-in-verhuizing-doorgeven').innerText(), 'In Dutch');
      assert.equal(await app.testId('scenario-verhuizing-doorgeven').getAttribute('lang'), 'nl');
      assert.equal(await app.testId('only-in-starter-lost-parcel').count(), 0, 'a scenario in both languages has no label');
      await app.activate('lang-nl');
      await page.waitForFunction(() => document.documentElement.lang === 'nl', null, { timeout: TIMEOUT });
      await app.waitFor('scenario-verhuizing-doorgeven');
      assert.equal(await app.testId('only-in-verhuizing-doorgeven').count(), 0, 'no label in its own language');

      await page.goto(`${ctx.server.origin}/#/play/voorschot-te-hoog`);
      await app.waitFor('line-customer');
      assert.equal(await app.testId('narration').first().innerText(),
        'Op de achtergrond huilt een kind. Mevrouw Bakker heeft de brief met het nieuwe voorschot voor zich liggen.');
      assert.match(await app.testId('line-customer').first().innerText(), /Honderdtwintig euro per maand\? Dat was vijfenzeventig!/);
      assert.doesNotMatch(await app.testId('line-customer').first().innerText(), /achtergrond/);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe with narration:\n${describeViolations(violations)}`);
    },
  },
];
