// A trainer's own tracks (issue 16): built by keyboard in the workshop from
// a shipped scenario and one of their own, saved, exported and imported
// back; listed on the tracks page as their own and played like a shipped
// track. A track whose scenario was deleted is reported on both pages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { ContactScreen, DebriefScreen, TIMEOUT } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';

const fixture = (ctx, p) => fs.readFileSync(path.join(ctx.root, 'tests', 'fixtures', p), 'utf8');

async function noViolations(page, where) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `axe (${scheme}) on ${where}:\n${describeViolations(violations)}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const serial = (page, id) => page.evaluate((t) =>
  Number(document.querySelector(`[data-testid="${t}"]`)?.dataset.serial || 0), id);

/** Picks a file in the input with this test id and waits for the result it gives. */
async function pick(app, page, input, result, name, text) {
  const before = await serial(page, result);
  await app.tabTo(input);
  await app.testId(input).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(([r, b]) => Number(document.querySelector(`[data-testid="${r}"]`)?.dataset.serial) > b,
    [result, before], { timeout: TIMEOUT });
  return app.testId(result);
}

const focused = (page) => page.evaluate(() => document.activeElement?.dataset.testid);
const stepKeys = (page) => page.evaluate(() =>
  [...document.querySelectorAll('[data-testid="draft-steps"] > li')].map((li) => li.dataset.key));

/** Shift+Tab until focus is on this test id: the steps sit above the controls that add them. */
async function backTo(page, id, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await focused(page) === id) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`could not reach ${id} with Shift+Tab`);
}

async function typeInto(app, page, id, text) {
  await app.tabTo(id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Adds a contact step by keyboard: the scenario and house rules picked, then the button. */
async function addContact(app, page, scenario, policy) {
  await app.tabTo('track-add-scenario');
  await page.selectOption('[data-testid="track-add-scenario"]', scenario);
  await app.tabTo('track-add-policy');
  await page.selectOption('[data-testid="track-add-policy"]', policy);
  await app.activate('track-add-contact-button');
}

export const tests = [
  {
    name: 'own tracks: built by keyboard with an own scenario, saved, exported, imported, played on the tracks page',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await setUpPlayer(app, { name: 'Ana', policy: 'target-driven', typing: false });
      await app.goto('author/');
      await app.waitFor('own-tracks-empty');
      const kept = await pick(app, page, 'import-file', 'import-result', 'refund-call.twee', fixture(ctx, 'twee/refund-call.twee'));
      assert.equal(await kept.getAttribute('data-outcome'), 'kept');
      await noViolations(page, 'the workshop with no tracks yet');

      await typeInto(app, page, 'track-title-en', 'Our helpdesk');
      await typeInto(app, page, 'track-title-nl', 'Onze helpdesk');
      await typeInto(app, page, 'track-description-en', 'Two calls from our own week.');
      await typeInto(app, page, 'track-minutes', '20');
      assert.equal(await app.testId('draft-id').innerText(), 'our-helpdesk');
      await app.waitFor('draft-no-steps');
      await addContact(app, page, 'hurried-routine', 'target-driven');
      await addContact(app, page, 'refund-call', 'customer-first');
      await addContact(app, page, 'lonely-caller', 'customer-first');
      assert.deepEqual(await stepKeys(page),
        ['hurried-routine@target-driven', 'refund-call@customer-first', 'lonely-caller@customer-first']);

      // Moved and removed by keyboard; focus stays with the step.
      await backTo(page, 'draft-remove-3');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="draft-steps"] > li').length === 2);
      assert.equal(await focused(page), 'draft-remove-2');
      await backTo(page, 'draft-up-2');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-testid="draft-steps"] > li')?.dataset.key === 'refund-call@customer-first');
      assert.equal(await focused(page), 'draft-down-1', 'at the top, focus moves to the way back down');
      assert.deepEqual(await stepKeys(page), ['refund-call@customer-first', 'hurried-routine@target-driven']);

      await app.tabTo('track-mastery-average');
      await page.selectOption('[data-testid="track-mastery-average"]', '30');
      await noViolations(page, 'the track editor with steps');
      await page.locator('[data-testid="track-editor"]').screenshot({ path: path.join(ctx.artifacts, 'own-track-editor.png') });

      await app.activate('track-save');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'track-outcome', null, { timeout: TIMEOUT });
      const outcome = app.testId('track-outcome');
      assert.equal(await outcome.getAttribute('data-outcome'), 'kept');
      assert.equal(await outcome.getAttribute('role'), 'status');
      assert.match(await outcome.innerText(), /Our helpdesk[\s\S]*Dutch text/, 'the missing Dutch description is worth a look');
      await app.waitFor('own-track-our-helpdesk');
      await noViolations(page, 'the workshop with a kept track');

      // Exported as a track file, deleted, and imported back.
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), app.activate('export-track-our-helpdesk')]);
      assert.equal(download.suggestedFilename(), 'our-helpdesk.track.json');
      const exported = fs.readFileSync(await download.path(), 'utf8');
      const track = JSON.parse(exported);
      assert.deepEqual(track.steps, [
        { scenario: 'refund-call', policy: 'customer-first' },
        { scenario: 'hurried-routine', policy: 'target-driven' },
      ]);
      assert.deepEqual(track.mastery, { min_average_csat_tenths: 30 });
      await app.activate('delete-track-our-helpdesk');
      await app.activate('confirm-delete-track-our-helpdesk');
      await app.waitFor('own-tracks-empty');
      assert.equal(await app.testId('track-outcome').getAttribute('data-outcome'), 'deleted');
      let result = await pick(app, page, 'track-import-file', 'track-outcome', 'our-helpdesk.track.json', exported);
      assert.equal(await result.getAttribute('data-outcome'), 'kept');
      await app.waitFor('own-track-our-helpdesk');

      // A bad track file says where and why, and is not kept.
      const bad = { ...track, id: 'theirs', steps: [{ scenario: 'their-call', policy: 'customer-first' }] };
      result = await pick(app, page, 'track-import-file', 'track-outcome', 'theirs.json', JSON.stringify(bad));
      assert.equal(await result.getAttribute('data-outcome'), 'problems');
      assert.match(await app.testId('track-problems').innerText(), /FL0706 — Step 1: .*their-call/);
      assert.equal(await app.testId('own-track-theirs').count(), 0);
      await noViolations(page, 'a track file with problems');

      // On the tracks page, as the trainer's own, played like a shipped one.
      await app.goto('tracks/#/');
      await app.waitFor('own-track-our-helpdesk');
      assert.equal(await app.testId('track-our-helpdesk').getAttribute('data-own'), 'true');
      await noViolations(page, 'the tracks with an own one');
      await app.activate('open-track-our-helpdesk');
      await app.waitFor('screen-track');
      assert.match(await app.testId('track-rule').innerText(), /3\.0/);
      assert.equal(await app.testId('step-1').getAttribute('data-state'), 'open');
      assert.equal(await app.testId('step-2').getAttribute('data-state'), 'locked');
      await app.activate('step-start-1');
      await app.waitFor('screen-contact');
      await new ContactScreen(app).playToDebrief();
      await new DebriefScreen(app).waitReady();
      await app.activate('back-to-track-our-helpdesk');
      await app.waitFor('screen-track');
      assert.equal(await app.testId('step-1').getAttribute('data-state'), 'done');
      assert.equal(await app.testId('step-2').getAttribute('data-state'), 'open');
      await noViolations(page, 'an own track under way');
    },
  },
  {
    name: 'own tracks: one whose scenario was deleted is reported on the tracks page and in the workshop',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await setUpPlayer(app, { typing: false });
      const track = {
        format: 1, id: 'gone', title: { en: 'Gone', nl: 'Weg' }, description: { en: 'x', nl: 'x' },
        minutes: 5, steps: [{ scenario: 'deleted-call', policy: 'customer-first' }], mastery: {},
      };
      await page.evaluate((t) => localStorage.setItem('frontline.v1.own-tracks',
        JSON.stringify({ version: 1, tracks: [{ id: 'gone', json: JSON.stringify(t) }] })), track);
      await app.goto('tracks/#/');
      await app.waitFor('load-error');
      const error = await app.testId('load-error').innerText();
      assert.match(error, /gone\.track\.json[\s\S]*step 1: .*deleted-call.*FL0706/);
      assert.equal(await app.testId('track-gone').count(), 0, 'not offered to play');
      await noViolations(page, 'the tracks with a broken own one');
      await app.goto('author/');
      await app.waitFor('own-track-broken-gone');
      assert.match(await app.testId('own-track-broken-gone').innerText(), /FL0706/);
      // Damaged stored tracks are set aside, not overwritten.
      await page.evaluate(() => localStorage.setItem('frontline.v1.own-tracks', '{"version": 1, "tracks": [oops'));
      await page.reload();
      await app.waitFor('own-tracks-set-aside');
      assert.match(await app.testId('own-tracks-set-aside').innerText(), /frontline\.v1\.own-tracks\.set-aside\.1/);
      assert.equal(await app.readStorage('frontline.v1.own-tracks.set-aside.1'), '{"version": 1, "tracks": [oops');
    },
  },
];
