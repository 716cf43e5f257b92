// Shift mode (issue 5), a page of its own (shift/): six customers in a row
// with a queue, a break, the end-of-shift report, and the report kept in the
// profile's history.
import assert from 'node:assert/strict';
import path from 'node:path';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { TIMEOUT } from '../lib/pages.mjs';
import { setUpPlayer, playToTheEnd } from '../lib/flows.mjs';

export const tests = [
  {
    name: 'a shift played end to end, keyboard only, with a break and a saved report',
    async run(ctx) {
      const { app, page } = await ctx.open();
      await setUpPlayer(app, { policy: 'target-driven', typing: false });
      await app.activate('nav-shift');
      await app.waitFor('screen-shift');
      assert.match(page.url(), /\/shift\/(#.*)?$/, 'shift mode is its own page');
      await app.activate('start-shift');
      await app.waitFor('shift-status');
      for (const [width, scheme] of [[1280, 'light'], [360, 'dark']]) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        const onStatus = await runAxe(page);
        assert.equal(onStatus.length, 0, `axe on the shift page, ${width} px ${scheme}:\n${describeViolations(onStatus)}`);
      }
      await page.screenshot({ path: path.join(ctx.artifacts, 'shift-status-360-dark.png'), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      const stressOf = async () => Number((await app.testId('shift-status').innerText()).match(/(\d+)\/100/)[1]);
      for (let c = 0; c < 6; c++) {
        assert.equal((await app.testId('shift-progress').innerText()).trim(), `${c} / 6`);
        await app.activate('shift-next');
        if (c === 1) {
          // A reload on the shift page keeps the customer on the line.
          await app.waitFor('choice-1');
          const said = await app.testId('transcript').innerText();
          await page.reload();
          await app.waitFor('choice-1');
          assert.equal(await app.testId('transcript').innerText(), said);
          const inContact = await runAxe(page);
          assert.equal(inContact.length, 0, `axe on a shift contact:\n${describeViolations(inContact)}`);
        }
        await playToTheEnd(app, page);
        await app.activate('to-debrief');
        await app.waitFor('screen-shift');
        if (c === 2) {
          const before = await stressOf();
          await app.activate('shift-break');
          await page.waitForFunction((b) => {
            const t = document.querySelector('[data-testid="shift-status"]').innerText;
            return Number(t.match(/(\d+)\/100/)[1]) < b || b === 0;
          }, before, { timeout: TIMEOUT });
        }
      }
      await app.waitFor('shift-report');
      const report = await app.testId('shift-report').innerText();
      assert.match(report, /Contacts handled\s+6/);
      assert.match(report, /CSAT\s+\d\.\d/);
      // The report says where the strain came from: the house rules' own
      // (the names arrive with the wording fetched for the report).
      await page.waitForFunction(() => /watched closely/.test(document.querySelector('[data-testid="strain-sources"]')?.innerText || ''),
        null, { timeout: TIMEOUT });
      const sources = await app.testId('strain-sources').innerText();
      assert.match(sources, /being watched closely with little say over your work: \+\d+/);
      assert.match(sources, /working under a name that is not your own \(“Sarah”\): \+\d+/);
      assert.match(sources, /a break: -\d+/);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe on the shift report:\n${describeViolations(violations)}`);
      await page.screenshot({ path: path.join(ctx.artifacts, 'shift-report-1280x800.png'), fullPage: true });

      await app.activate('finish-shift');
      await app.waitFor('shift-history');
      await page.reload();
      await app.goto('shift/');
      await app.waitFor('shift-history');
      assert.equal(await app.page.locator('[data-testid="shift-history"] li').count(), 1, 'the report is kept after a reload');
      // The way back leads into the game, which sees the same profile.
      await app.activate('back-to-list');
      await app.waitFor('screen-scenarios');
      assert.doesNotMatch(page.url(), /\/shift\//);
      await app.activate('nav-home');
      await app.waitFor('screen-start');
    },
  },
  {
    name: 'a customer-first shift reports its strain without the monitoring or the alias',
    async run(ctx) {
      const { app } = await ctx.open();
      await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await app.activate('nav-shift');
      await app.waitFor('screen-shift');
      await app.activate('start-shift');
      await app.waitFor('shift-status');
      for (let c = 0; c < 6; c++) {
        await app.activate('shift-next');
        await playToTheEnd(app, app.page);
        await app.activate('to-debrief');
        await app.waitFor('screen-shift');
      }
      await app.waitFor('shift-report');
      await app.page.waitForFunction(() => /[a-z]: [+-]\d/.test(document.querySelector('[data-testid="strain-sources"]')?.innerText || ''),
        null, { timeout: TIMEOUT });
      const sources = await app.testId('strain-sources').innerText();
      assert.doesNotMatch(sources, /watched closely|not your own/, sources);
      assert.match(sources, /: [+−-]?\d+/, sources);
    },
  },
];
