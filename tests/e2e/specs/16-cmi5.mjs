// The LMS page as a cmi5 AU (issue 19, items 1, 3 and 6): a one-step track
// packaged with `frontline package --format cmi5`, launched from the test
// LMS in front of a real Ralph, a contact played by keyboard. Ralph is
// stopped mid-contact: the trainee is told, plays on, reloads the page while
// it is down; Ralph comes back and every statement arrives, once and in
// order, each valid by xapi-validation, one `answered` per choice with the
// response picked, `completed` and `passed` once per registration (a
// relaunch resumes and sends neither again), and "Save and exit" ends in the
// LMS's return URL. The trainer page then reads the same statements from
// Ralph and draws the contact's answers on the map.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { TIMEOUT } from '../lib/pages.mjs';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { startRalph } from '../lib/lrs.mjs';
import { startLauncher, cmi5Package, CMI5 } from '../lib/cmi5-launcher.mjs';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

const VERB = (word) => `http://adlnet.gov/expapi/verbs/${word}`;

// One contact long enough to stop Ralph in (four answers or more), and a mastery bar every finished contact clears: the
// package asks for CompletedAndPassed with a mastery score.
const ONE_CALL = {
  format: 1,
  id: 'one-call',
  title: { en: 'One call', nl: 'Eén gesprek' },
  description: { en: 'A quick call.', nl: 'Een snel gesprek.' },
  minutes: 5,
  steps: [{ scenario: 'double-charged', policy: 'customer-first' }],
  mastery: { min_average_csat_tenths: 10 },
};

/** Waits until the contact offers choices (or is over): 'choices' or 'over'. */
async function ready(page) {
  const handle = await page.waitForFunction(() => {
    const q = (s) => document.querySelector(`[data-testid="${s}"]`);
    if (q('to-debrief')) return 'over';
    if (q('choice-1') && !q('typing')) return 'choices';
    return null;
  }, null, { timeout: TIMEOUT, polling: 'raf' });
  return handle.jsonValue();
}

/** One answer by keyboard; the text of the answer picked, or null when the contact is over. */
async function answer(page) {
  if ((await ready(page)) === 'over') return null;
  const { n, text } = await page.evaluate(() => {
    for (let i = 1; i <= 9; i++) {
      const el = document.querySelector(`[data-testid="choice-${i}"]`);
      if (el && el.getAttribute('aria-disabled') !== 'true' && !el.disabled) {
        return { n: i, text: el.querySelectorAll('span')[1].innerText.trim() };
      }
    }
    return { n: 1, text: '' };
  });
  const before = await page.evaluate(() => document.querySelectorAll('[data-testid^="line-"]').length);
  await page.locator(`[data-testid="choice-${n}"]`).focus();
  await page.keyboard.press(String(n));
  await page.waitForFunction((b) => document.querySelectorAll('[data-testid^="line-"]').length > b, before, { timeout: TIMEOUT });
  return text;
}

const status = (page) => page.locator('[data-testid="lrs-status"]');

export const tests = [{
  name: 'cmi5: a contact from the test LMS into Ralph, every answer valid, in order, once, across an outage and a reload; completed and passed once; Save and exit to the return URL',
  async run(ctx) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-cmi5-track-'));
    const trackFile = path.join(dir, 'one-call.track.json');
    fs.writeFileSync(trackFile, JSON.stringify(ONE_CALL));
    // Packaged under an organisation's base IRI (`--xapi-base`).
    const BASE = 'https://training.example.org/xapi';
    const pkg = cmi5Package(ctx.root, trackFile, { xapiBase: BASE });
    let ralph = null;
    let lms = null;
    try {
      ralph = await startRalph({ corsOrigins: [ctx.server.origin] });
      lms = await startLauncher({ ralph, server: ctx.server, zip: pkg.zip, lang: 'nl-NL,en' });
      assert.equal(lms.launchData.moveOn, 'CompletedAndPassed');
      const { page } = await ctx.open();
      await page.goto(lms.launchUrl);
      await page.locator('[data-testid="screen-track"]').waitFor({ timeout: TIMEOUT });
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl', 'the learner prefers Dutch');
      await page.locator('[data-testid="lms-exit"]').waitFor({ timeout: TIMEOUT });
      assert.match(await page.locator('[data-testid="lms-exit"]').innerText(), /Opslaan en afsluiten/);
      await page.locator('[data-testid="step-start-1"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="screen-contact"]').waitFor({ timeout: TIMEOUT });

      const picked = [];
      picked.push(await answer(page));
      // The first answer reaches Ralph while it is up.
      const firstSession = lms.sessionId;
      for (let i = 0; i < 50; i++) {
        if ((await lms.statements()).some((s) => s.verb.id === VERB('answered'))) break;
        await page.waitForTimeout(100);
      }

      // Ralph goes away mid-contact: the trainee is told, and plays on.
      await ralph.stop();
      picked.push(await answer(page));
      await page.waitForFunction(() => /wachten/.test(document.querySelector('[data-testid="lrs-status"]')?.innerText || ''),
        null, { timeout: TIMEOUT });
      assert.equal(await status(page).getAttribute('aria-live'), 'polite');
      const waiting = await page.evaluate((r) => JSON.parse(localStorage.getItem(`frontline.xapi.queue.${r}`)), lms.registration);
      assert.ok(waiting.waiting.length >= 1, JSON.stringify(waiting));
      assert.ok(!JSON.stringify(waiting).includes(ralph.users.game.token), 'no token in localStorage');
      assert.equal(await ready(page), 'choices', 'the contact goes on');
      const transcript = await page.locator('[data-testid="transcript"]').innerText();
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe, with results waiting:\n${describeViolations(violations)}`);

      // A reload while Ralph is down: the queue and the contact survive it.
      await page.reload();
      await page.locator('[data-testid="screen-contact"]').waitFor({ timeout: TIMEOUT });
      await page.waitForFunction((t) => document.querySelector('[data-testid="transcript"]')?.innerText === t
        && !document.querySelector('[data-testid="typing"]'), transcript, { timeout: TIMEOUT });
      await page.waitForFunction(() => /wachten/.test(document.querySelector('[data-testid="lrs-status"]')?.innerText || ''),
        null, { timeout: TIMEOUT });
      const more = await answer(page);
      if (more !== null) picked.push(more);

      // Ralph is back: the next action sends what waited, first.
      await ralph.start();
      for (let text = await answer(page); text !== null; text = await answer(page)) picked.push(text);
      await page.waitForFunction(() => /verstuurd/.test(document.querySelector('[data-testid="lrs-status"]')?.innerText || ''),
        null, { timeout: TIMEOUT });

      // Save and exit: terminated, then the LMS's return URL.
      await page.locator('[data-testid="lms-exit"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/return$/, { timeout: TIMEOUT });
      assert.equal(lms.returned, true);

      const stored = await lms.statements();
      const ids = stored.map((s) => s.id);
      assert.equal(new Set(ids).size, ids.length, 'no statement twice');
      for (const s of stored) assert.deepEqual(validate(s), [], JSON.stringify(s));
      const ours = stored.filter((s) => s.verb.id !== CMI5.launched);
      for (const s of ours) {
        assert.equal(s.context.registration, lms.registration);
        assert.equal(s.context.extensions[CMI5.sessionId], firstSession);
        assert.deepEqual(s.actor, lms.actor);
      }
      const verbs = ours.map((s) => s.verb.id.split('/').pop());
      assert.equal(verbs[0], 'initialized', verbs.join(' '));
      assert.equal(verbs.at(-1), 'terminated', verbs.join(' '));
      assert.deepEqual(verbs.filter((v) => v !== 'answered').slice(1), ['completed', 'passed', 'terminated'], verbs.join(' '));
      assert.ok(verbs.lastIndexOf('answered') < verbs.indexOf('completed'), verbs.join(' '));
      const answered = ours.filter((s) => s.verb.id === VERB('answered'));
      assert.equal(answered.length, picked.length, `one answered per choice: ${verbs.join(' ')}`);
      for (const s of answered) {
        assert.ok(s.object.id.startsWith(`${BASE}/scenarios/double-charged/nodes/`), s.object.id);
        assert.ok(Object.keys(s.result.extensions).every((k) => k.startsWith(`${BASE}/extensions/`)), JSON.stringify(s.result.extensions));
      }
      answered.forEach((s, i) => {
        const choice = s.object.definition.choices.find((c) => c.id === s.result.response);
        assert.ok(choice, `the response is one of the choices offered: ${s.result.response}`);
        assert.equal(choice.description.nl.replace(/\s+/g, ' ').trim(), picked[i].replace(/\s+/g, ' ').trim(), `answer ${i + 1}`);
      });
      const passed = ours.find((s) => s.verb.id === VERB('passed'));
      assert.equal(passed.context.extensions[CMI5.masteryScore], lms.launchData.masteryScore);
      const bytes = ours.map((s) => JSON.stringify(s).length);
      console.log(`     ${ours.length} statements for one contact of ${picked.length} answers; ${Math.min(...bytes)} to ${Math.max(...bytes)} bytes each (as stored)`);
      assert.equal(await page.evaluate((r) => localStorage.getItem(`frontline.xapi.queue.${r}`), lms.registration), null,
        'the queue is gone once sent');

      // A relaunch in the same registration: the track is done; neither
      // completed nor passed again; its own initialized and terminated.
      await lms.relaunch();
      await page.goto(lms.launchUrl);
      await page.locator('[data-testid="screen-track"]').waitFor({ timeout: TIMEOUT });
      await page.locator('[data-testid="step-1"][data-state="done"]').waitFor({ timeout: TIMEOUT });
      await page.locator('[data-testid="lms-exit"]').focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/return$/, { timeout: TIMEOUT });
      const second = (await lms.statements()).filter((s) => s.context?.extensions?.[CMI5.sessionId] === lms.sessionId
        && s.verb.id !== CMI5.launched);
      assert.deepEqual(second.map((s) => s.verb.id.split('/').pop()), ['initialized', 'terminated']);

      // The trainer reads what the game posted (issue 20): the trainer
      // page, pointed at the same LRS with a key that may read, draws this
      // one contact's answers on the map, each as 1 of 1.
      ctx.server.allowHost(`127.0.0.1:${ralph.port}`);
      const trainer = await ctx.open();
      await trainer.page.goto(`${ctx.server.origin}/trainer/`);
      await trainer.app.waitFor('screen-trainer');
      await trainer.page.waitForFunction(() => !document.querySelector('[data-testid="lrs-load"]').disabled, null, { timeout: TIMEOUT });
      await trainer.page.fill('[data-testid="lrs-endpoint"]', ralph.endpoint);
      await trainer.page.fill('[data-testid="lrs-key"]', ralph.users.trainer.username);
      await trainer.page.fill('[data-testid="lrs-secret"]', ralph.users.trainer.password);
      await trainer.app.activate('lrs-load');
      await trainer.app.waitFor('trainer-group');
      const options = await trainer.page.locator('[data-testid="trainer-scenario"] option').allInnerTexts();
      const index = options.findIndex((o) => /customer-first|klant centraal/i.test(o));
      assert.ok(index >= 0, `the contact's group among ${options}`);
      await trainer.page.selectOption('[data-testid="trainer-scenario"]', String(index));
      for (const s of answered) {
        const node = s.object.id.split('/nodes/')[1];
        const arrow = trainer.page.locator(`[data-testid="share-${node}-${s.result.response}"]`);
        assert.deepEqual([await arrow.getAttribute('data-count'), await arrow.getAttribute('data-total')], ['1', '1'], `${node}/${s.result.response}`);
      }
      let contacts = 0;
      for (let c = 1; c <= 5; c++) {
        contacts += Number(await trainer.page.locator(`[data-testid="csat-customer-first-${c}"]`).getAttribute('data-count'));
      }
      assert.equal(contacts, 1, 'one finished contact on the CSAT chart');
    } catch (e) {
      if (ralph) console.log(`     Ralph's log:\n${ralph.log().split('\n').slice(-20).map((l) => `       ${l}`).join('\n')}`);
      throw e;
    } finally {
      await lms?.close();
      await ralph?.close();
      pkg.remove();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
}];
