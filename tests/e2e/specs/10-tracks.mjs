// Tracks: the start screen offers them; the tracks page (its own page, so the
// game does not carry it) plays phone duty through by keyboard alone, with
// steps that open in order and a completion page; axe on the new screens.
import assert from 'node:assert/strict';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { ContactScreen, DebriefScreen, StartScreen } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';

async function stepStates(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid^="step-"][data-state]')]
    .map((e) => e.dataset.state));
}

async function noViolations(page, where) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, `axe on ${where}:\n${describeViolations(violations)}`);
}

export const tests = [
  {
    name: 'tracks: phone duty played through by keyboard, steps open in order, a completion page',
    async run(ctx) {
      const { app, page } = await ctx.open();
      // The profile works under target-driven; the track's steps bring their own house rules.
      await setUpPlayer(app, { name: 'Rui', policy: 'target-driven', typing: false });
      await app.goto('#/');
      await new StartScreen(app).waitReady();
      await app.waitFor('tracks');
      await noViolations(page, 'the start screen with tracks');
      await app.activate('open-tracks');
      await app.waitFor('screen-tracks');
      await app.activate('open-track-rotation');
      await app.waitFor('screen-track');
      assert.match(page.url(), /\/tracks\/#\/rotation$/, page.url());
      assert.deepEqual(await stepStates(page), ['open', 'locked', 'locked']);
      assert.equal(await app.testId('step-start-2').count(), 0, 'a locked step has no way in');
      assert.equal(await app.testId('track-complete').count(), 0);
      await noViolations(page, 'a track');

      for (let step = 1; step <= 3; step++) {
        await app.activate(`step-start-${step}`);
        const contact = new ContactScreen(app);
        await app.waitFor('screen-contact');
        const meta = await page.locator('[data-testid="screen-contact"] .meta').first().innerText();
        assert.match(meta, /Customer-first/i, `step ${step} is played under the step's house rules: ${meta}`);
        await app.waitFor('objective');
        await contact.playToDebrief();
        await new DebriefScreen(app).waitReady();
        await app.waitFor('discussion');
        await app.activate('back-to-track-rotation');
        await app.waitFor('screen-track');
        const states = await stepStates(page);
        assert.deepEqual(states.slice(0, step), Array(step).fill('done'), `after step ${step}: ${states}`);
        if (step < 3) assert.equal(states[step], 'open', `step ${step + 1} opens: ${states}`);
      }

      await app.waitFor('track-complete');
      assert.equal(await app.testId('track-verdict').getAttribute('data-mastered'), 'true');
      assert.ok((await app.testId('track-discussion').locator('li').count()) >= 2, 'questions for a team lead');
      await noViolations(page, 'the completion page');

      // The track's results are kept with the profile; the tracks page's own
      // start shows how far each track is.
      await page.reload();
      await app.waitFor('track-complete');
      await app.goto('tracks/#/');
      await app.waitFor('screen-tracks');
      assert.match(await app.testId('track-progress-rotation').innerText(), /3 of 3 steps done/);
      assert.match(await app.testId('track-progress-onboarding').innerText(), /0 of 7 steps done/);
      await noViolations(page, 'the list of tracks');
    },
  },
];
