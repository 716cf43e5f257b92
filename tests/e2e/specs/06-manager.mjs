// The manager page (issue 5): a simulated week of the whole centre under both
// house rules, reachable from the game, accessible, and fast enough to use.
import assert from 'node:assert/strict';
import path from 'node:path';
import { runAxe, describeViolations } from '../lib/axe.mjs';

export const tests = [
  {
    name: 'manager page simulates a week under both policies (keyboard, axe)',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await app.goto('#/');
      await app.waitFor('screen-start');
      await app.activate('nav-manager');
      await app.waitFor('screen-manager');
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe (${scheme}) before running:\n${describeViolations(violations)}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // Change the staffing by keyboard, then run.
      await app.tabTo('agents');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('70');
      await app.activate('run-simulation');
      await app.waitFor('centre-results');
      const text = await app.testId('centre-results').innerText();
      assert.match(text, /Target-driven centre/);
      assert.match(text, /Customer-first centre/);
      assert.match(text, /Service level \(20 s\)\s+\d/);
      const ms = Number((await app.testId('computed-in').innerText()).replace(/\D+/g, ''));
      console.log(`     one week, both policies, computed in the browser in ${ms} ms`);
      assert.ok(ms >= 0, 'the page reports how long the simulation took');
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe with results:\n${describeViolations(violations)}`);
      await page.screenshot({ path: path.join(ctx.artifacts, 'manager-light-1280x800.png'), fullPage: true });

      // Agents who stick to the script: choose it by keyboard and run again.
      const before = await app.testId('centre-results').innerText();
      await app.tabTo('style-mix');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => document.querySelector('[data-testid="style-mix"]').selectedIndex === 1);
      await app.activate('run-simulation');
      await page.waitForFunction((b) => document.querySelector('[data-testid="centre-results"]').innerText !== b, before);

      // Bad parameters get a clear message instead of a result.
      await app.tabTo('weeks');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('0');
      await app.activate('run-simulation');
      await app.waitFor('centre-problems');
      assert.match(await app.testId('centre-problems').innerText(), /weeks must be between 1 and 52/);
    },
  },
];
