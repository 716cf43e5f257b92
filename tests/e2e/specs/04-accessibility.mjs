// axe-core (WCAG 2.2 AA) on every screen, light and dark, desktop and phone,
// with a screenshot of each as a test artefact.
import assert from 'node:assert/strict';
import path from 'node:path';
import { VIEWPORTS } from '../lib/browser.mjs';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { ContactScreen, StartScreen } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { loadShipped } from '../lib/scenarios.mjs';

const nextFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

export const tests = [
  {
    name: 'axe-core finds no WCAG 2.2 AA violations on any screen (light, dark, 1280 and 360 wide, English and Dutch)',
    async run(ctx) {
      const scenario = loadShipped(ctx.root).scenarios[0];
      const { app, page } = await ctx.open();
      const failures = [];
      const checked = [];
      async function check(screen) {
        await app.waitFor(`screen-${screen}`);
        for (const [vpName, vp] of Object.entries(VIEWPORTS)) {
          for (const scheme of ['light', 'dark']) {
            await page.setViewportSize(vp);
            await page.emulateMedia({ colorScheme: scheme });
            await nextFrames(page);
            await page.screenshot({ path: path.join(ctx.artifacts, `${screen}-${scheme}-${vp.width}x${vp.height}.png`), fullPage: true });
            const violations = await runAxe(page);
            checked.push(`${screen}/${scheme}/${vpName}`);
            if (vp.width < 400) {
              // The menu moves under the name on a phone, so the screen's own content starts high.
              const header = await page.locator('header.top').boundingBox();
              if (header.height > 160) failures.push(`${screen} (${scheme}, ${vp.width}x${vp.height}): header ${header.height}px tall`);
            }
            if (violations.length) failures.push(`${screen} (${scheme}, ${vp.width}x${vp.height}):\n${describeViolations(violations)}`);
          }
        }
        await page.setViewportSize(VIEWPORTS.desktop);
        await page.emulateMedia({ colorScheme: 'light' });
        // Dutch text is longer and sets another lang: check it once per screen.
        await app.chooseLanguage('nl');
        await nextFrames(page);
        await page.screenshot({ path: path.join(ctx.artifacts, `${screen}-nl-light-1280x800.png`), fullPage: true });
        const nl = await runAxe(page);
        // The header's landmarks are named in the page's language, and for what they are.
        assert.equal(await page.getAttribute('header.top nav', 'aria-label'), 'Hoofdmenu');
        assert.equal(await page.getAttribute('header.top .langs', 'aria-label'), 'Taal');
        checked.push(`${screen}/nl`);
        if (nl.length) failures.push(`${screen} (Dutch, light, 1280x800):\n${describeViolations(nl)}`);
        await app.chooseLanguage('en');
        assert.equal(await page.getAttribute('header.top nav', 'aria-label'), 'Main menu');
      }

      await app.goto('#/');
      await new StartScreen(app).waitReady();
      await check('start');
      const list = await setUpPlayer(app, { policy: 'target-driven', typing: false });
      await check('scenarios');
      await list.open(scenario.id);
      const contact = new ContactScreen(app);
      await contact.waitForTurn();
      await check('contact');
      await contact.playToDebrief();
      await check('debrief');
      await app.openScores();
      await check('scores');
      assert.equal(failures.length, 0, `axe violations (${failures.length} of ${checked.length} checks):\n${failures.join('\n')}`);
    },
  },
];
