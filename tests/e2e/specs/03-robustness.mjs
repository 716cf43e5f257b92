// Bad stored data and bad scenario files must never blank the app.
import assert from 'node:assert/strict';
import { BLANK_PATH } from '../lib/server.mjs';
import { loadShipped } from '../lib/scenarios.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { ContactScreen, ScenarioList, TIMEOUT } from '../lib/pages.mjs';

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
    name: 'a shift the shift page cannot read is set aside with a notice; the game keeps the rest',
    async run(ctx) {
      const odd = JSON.stringify({
        version: 1, current: 'Sam',
        profiles: [{ name: 'Sam', policy: 'customer-first', best: { 'hurried-routine/customer-first': 4 }, shift: { version: 'odd' } }],
      });
      const { app, page } = await loadWithStored(ctx, odd);
      // The game never reads the shift: it starts with the profile, no notice.
      await app.currentScreen();
      assert.equal(await app.testId('storage-notice').count(), 0, 'the game has nothing to set aside');
      await app.goto('shift/');
      await app.waitFor('storage-notice');
      // As the game last wrote it: every page passes the shift through unread.
      const aside = JSON.parse(await app.readStorage(`${KEY}.set-aside.1`));
      assert.deepEqual(aside.profiles[0].shift, { version: 'odd' }, 'the shift is kept aside as it was');
      const kept = JSON.parse(await app.readStorage(KEY));
      assert.equal(kept.profiles[0].best['hurried-routine/customer-first'], 4, 'the rest of the progress stays');
    },
  },
  {
    name: 'a scenario that fails to load shows load-error, not a blank page',
    async run(ctx) {
      const { scenarios } = loadShipped(ctx.root);
      const [broken, gone, fine] = scenarios;
      const { app, page } = await ctx.open();
      // Each scenario is fetched when it is opened. What can go wrong in the
      // field is a file the engine rejects, or one that cannot be fetched:
      // either is named, and the rest of the library still plays.
      await page.route(`**/scenarios/${broken.id}.*.json`, (route) => route.fulfill({
        status: 200, contentType: 'application/json', body: JSON.stringify({ format: 1, id: broken.id, nodes: [] }),
      }));
      await page.route(`**/scenarios/${gone.id}.*.json`, (route) => route.abort('internetdisconnected'));
      const list = await setUpPlayer(app, { typing: false });
      assert.equal((await list.ids()).length, scenarios.length, 'every scenario is listed from the index');

      for (const s of [broken, gone]) {
        await app.goto(`#/play/${s.id}`);
        await page.waitForFunction((id) => [...document.querySelectorAll('[data-testid="load-error"]')]
          .some((e) => e.innerText.includes(`${id}.en.json`)), s.id, { timeout: TIMEOUT });
        await app.waitFor('contact-unavailable');
        const text = await page.evaluate(() => document.body.innerText.trim());
        assert.ok(text.length > 40, 'the rest of the app still renders');
      }

      // The file the engine rejects is told in words fetched when the
      // problem is shown (words/en.txt, the catalogue's wording).
      const told = await problemNotice(page, broken.id);
      assert.match(told, /the file cannot be read as a scenario: .+ \(FL0103\)/, told);

      await app.goto('#/scenarios');
      await new ScenarioList(app).open(fine.id);
      assert.equal(await new ContactScreen(app).waitForTurn(), 'choices', 'another scenario still plays');
    },
  },
  {
    name: 'a scenario file\'s problem is told in Dutch, and shows its code when the wording cannot be fetched',
    async run(ctx) {
      const { scenarios } = loadShipped(ctx.root);
      const [broken] = scenarios;
      const { app, page } = await ctx.open();
      await page.route(`**/scenarios/${broken.id}.*.json`, (route) => route.fulfill({
        status: 200, contentType: 'application/json', body: JSON.stringify({ format: 1, id: broken.id, nodes: [] }),
      }));
      const asked = [];
      page.on('request', (r) => { if (r.url().includes('/words/')) asked.push(r.url()); });
      await setUpPlayer(app, { lang: 'nl', typing: false });
      assert.deepEqual(asked, [], 'no wording is fetched while there is no problem');

      await app.goto(`#/play/${broken.id}`);
      await page.waitForFunction(() => /\(FL0103\)/.test(document.body.innerText), null, { timeout: TIMEOUT });
      const told = await problemNotice(page, broken.id);
      assert.match(told, /het bestand is niet als scenario te lezen: .+ \(FL0103\)/, told);
      assert.ok(asked.length === 1 && asked[0].endsWith('/words/nl.txt'), `the Dutch wording, once: ${asked}`);

      // Without the wording, the problem still shows: its place and code.
      await page.route('**/words/*.txt', (route) => route.abort('internetdisconnected'));
      const failed = page.waitForEvent('requestfailed', {
        predicate: (r) => r.url().endsWith('/words/en.txt'), timeout: TIMEOUT,
      });
      await app.chooseLanguage('en');
      await failed;
      await page.waitForFunction((id) => [...document.querySelectorAll('[data-testid="load-error"]')]
        .some((e) => e.innerText.includes(`${id}.en.json`)), broken.id, { timeout: TIMEOUT });
      await page.waitForTimeout(200);
      const bare = await problemNotice(page, `${broken.id}.en`);
      assert.match(bare, /: FL0103$/m, bare);
      assert.ok(!bare.includes('cannot be read'), bare);
    },
  },
  {
    name: 'a contact whose words cannot be fetched says so, not a blank page, and the rest still works',
    async run(ctx) {
      const { scenarios } = loadShipped(ctx.root);
      const [first, second] = scenarios;
      const { app, page } = await ctx.open();
      // The words of a contact and its debrief come with words/<lang>.txt.
      await page.route('**/words/*.txt', (route) => route.abort('internetdisconnected'));
      const list = await setUpPlayer(app, { typing: false });
      assert.equal((await list.ids()).length, scenarios.length, 'the start and the list need no fetched words');
      await list.open(first.id);
      await page.waitForFunction(() => /could not be loaded/.test(
        document.querySelector('[data-testid="contact-unavailable"]')?.innerText || ''), null, { timeout: TIMEOUT });
      const text = await page.evaluate(() => document.body.innerText.trim());
      assert.ok(text.length > 40, 'the page is not blank');
      assert.equal(await app.testId('choice-1').count(), 0, 'no answers without their words');
      // With the words, the same contact plays.
      await page.unroute('**/words/*.txt');
      await page.reload();
      await app.goto('#/scenarios');
      await new ScenarioList(app).open(second.id);
      assert.equal(await new ContactScreen(app).waitForTurn(), 'choices', 'a contact plays once its words arrive');
      const mood = await app.testId('meter-mood').getAttribute('aria-label');
      assert.equal(mood, 'Mood', 'the meter is labelled from the fetched words');
    },
  },
];

/** The text of the load-error notice naming `file`. */
async function problemNotice(page, file) {
  return page.evaluate((f) => [...document.querySelectorAll('[data-testid="load-error"]')]
    .map((e) => e.innerText).find((t) => t.includes(f)) || '', file);
}
