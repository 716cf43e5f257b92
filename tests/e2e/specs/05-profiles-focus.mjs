// Shared computers: several profiles, each with its own progress, and
// deleting one removes its data. Plus a visible focus ring on every control
// that Tab reaches.
import assert from 'node:assert/strict';
import { ContactScreen, StartScreen, ScenarioList } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { loadShipped } from '../lib/scenarios.mjs';

/** Tab through the page once; return the controls without a visible focus indicator. */
async function controlsWithoutFocusRing(page, max = 80) {
  const missing = [];
  const seen = new Set();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return null;
      const cs = getComputedStyle(a);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow && cs.boxShadow !== 'none';
      const id = a.dataset.testid || `${a.tagName.toLowerCase()}:${(a.innerText || a.value || a.getAttribute('aria-label') || '').trim().slice(0, 30)}`;
      return { id, visible: outline || shadow };
    });
    if (!r) continue;
    if (seen.has(r.id)) break;
    seen.add(r.id);
    if (!r.visible) missing.push(r.id);
  }
  return { missing, reached: seen.size };
}

export const tests = [
  {
    name: 'profiles keep their own progress; deleting one (with confirmation) removes its data',
    async run(ctx) {
      const scenario = loadShipped(ctx.root).scenarios[0];
      const { app, page } = await ctx.open();
      let list = await setUpPlayer(app, { name: 'Ana', policy: 'customer-first', typing: false });
      await list.open(scenario.id);
      await new ContactScreen(app).playToDebrief();
      await app.activate('back-to-list');
      await list.waitReady();
      assert.ok(/\d/.test((await list.best(scenario.id, 'customer-first')) || ''), 'Ana has a best result');

      await app.goHome();
      const start = new StartScreen(app);
      await start.waitReady();
      await start.createProfile('Bo');
      await start.choosePolicy('customer-first');
      await start.start();
      list = new ScenarioList(app);
      await app.waitFor(`scenario-${scenario.id}`);
      assert.equal(await app.testId(`new-${scenario.id}`).count(), 1, 'for Bo the scenario is still new');
      assert.ok(!/\d/.test((await list.best(scenario.id, 'customer-first')) || ''), 'Bo has no best result of his own');

      await app.goHome();
      await start.waitReady();
      await app.activate('profile-delete-Ana');
      await app.activate('confirm-delete');
      await app.waitFor('profile-select-Ana', 'detached');
      assert.equal(await app.testId('profile-select-Bo').count(), 1, 'Bo is still there');
      await page.reload();
      await app.waitFor('profile-select-Bo');
      assert.equal(await app.testId('profile-select-Ana').count(), 0, 'Ana stays deleted after reload');
      const stored = await app.readStorage('frontline.v1');
      assert.ok(!stored.includes('"Ana"'), 'nothing of Ana is left in storage');
    },
  },
  {
    name: 'every control reached by Tab shows a visible focus ring',
    async run(ctx) {
      const scenario = loadShipped(ctx.root).scenarios[0];
      const { app, page } = await ctx.open();
      const report = [];
      const walk = async (screen) => {
        const { missing, reached } = await controlsWithoutFocusRing(page);
        assert.ok(reached >= 3, `${screen}: Tab reaches controls (${reached})`);
        if (missing.length) report.push(`${screen}: ${missing.join(', ')}`);
      };
      const list = await setUpPlayer(app, { policy: 'target-driven', typing: false });
      await walk('scenarios');
      await app.goHome();
      await new StartScreen(app).waitReady();
      await walk('start');
      await app.goto('#/scenarios');
      await list.open(scenario.id);
      const contact = new ContactScreen(app);
      await contact.waitForTurn();
      await walk('contact');
      await contact.playToDebrief();
      await walk('debrief');
      assert.equal(report.length, 0, `controls without a visible focus indicator:\n${report.join('\n')}`);
    },
  },
];
