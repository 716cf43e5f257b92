// Bad stored data and bad scenario files must never blank the app.
import assert from 'node:assert/strict';
import { BLANK_PATH } from '../lib/server.mjs';
import { loadShipped } from '../lib/scenarios.mjs';
import { setUpPlayer } from '../lib/flows.mjs';

const KEY = 'frontline.v1';

async function loadWithStored(ctx, value) {
  const { app, page } = await ctx.open();
  await page.goto(ctx.server.origin + BLANK_PATH);
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [KEY, value]);
  await app.goto('#/');
  return { app, page };
}

async function assertSetAside(app, page, value) {
  const screen = await app.currentScreen();
  assert.ok(screen, 'a screen renders');
  await app.waitFor('storage-notice');
  assert.equal(await app.readStorage(`${KEY}.set-aside.1`), value, 'the bad data is kept under frontline.v1.set-aside.1');
  const text = await page.evaluate(() => document.body.innerText.trim());
  assert.ok(text.length > 20, 'the page is not blank');
  // The app starts clean and works: dismiss the notice and create a profile.
  await app.activate('storage-notice-dismiss');
  await app.waitFor('storage-notice', 'detached');
  await setUpPlayer(app, { name: 'Noor' });
  await page.reload();
  await app.currentScreen();
  assert.equal(await app.testId('storage-notice').count(), 0, 'no notice once the data is clean');
  assert.equal(await app.readStorage(`${KEY}.set-aside.1`), value, 'the set-aside copy is still there');
}

export const tests = [
  {
    name: 'corrupt storage (invalid JSON) is set aside and the app starts clean',
    async run(ctx) {
      const bad = '{"version":1, "profiles": [ this is not json';
      const { app, page } = await loadWithStored(ctx, bad);
      await assertSetAside(app, page, bad);
    },
  },
  {
    name: 'storage with an unknown version is set aside and the app starts clean',
    async run(ctx) {
      const future = JSON.stringify({ version: 99, profiles: [{ name: 'FromTheFuture' }], settings: { hologram: true } });
      const { app, page } = await loadWithStored(ctx, future);
      await assertSetAside(app, page, future);
    },
  },
  {
    name: 'a scenario that fails to load shows load-error, not a blank page',
    async run(ctx) {
      const { files } = loadShipped(ctx.root);
      const broken = files[0];
      const { app, page } = await ctx.open();
      // The library file is built and checked, so what can go wrong in the
      // field is a scenario the engine rejects: it is named, the rest load.
      await page.route('**/scenarios/library.*.json', async (route) => {
        const library = await (await route.fetch()).json();
        library[0].scenario = { format: 1, id: 'oops', nodes: [] };
        await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(library) });
      });
      await app.goto('#/');
      await app.currentScreen();
      if (!(await app.testId('load-error').first().isVisible())) {
        // The error may only show where scenarios are listed.
        await setUpPlayer(app, {}).catch(() => {});
      }
      await app.waitFor('load-error');
      const message = await app.testId('load-error').first().innerText();
      assert.ok(message.includes(broken) || message.includes(broken.replace(/\.json$/, '')),
        `load-error names the file ${broken}: "${message}"`);
      const text = await page.evaluate(() => document.body.innerText.trim());
      assert.ok(text.length > message.length, 'the rest of the app still renders');
      if (await app.testId('screen-scenarios').count()) {
        const listed = await page.locator('[data-testid^="scenario-"]').count();
        assert.equal(listed, files.length - 1, 'every other scenario is still listed');
      }
    },
  },
];
