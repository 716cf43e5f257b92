// The shipped scenarios come one language at a time: a session downloads the
// index and the scenarios opened, in the language it is played in, and a
// switch fetches the other, even mid-contact.
import assert from 'node:assert/strict';
import { ContactScreen, ScenarioList, TIMEOUT } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { loadShipped, wordingsOf, wordingShown, asPattern } from '../lib/scenarios.mjs';

function scenarioRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/scenarios\/([^/?#]+)/);
    if (m) seen.push(m[1]);
  });
  return seen;
}

const startNode = (scenario) => scenario.nodes.find((n) => n.id === scenario.start);

async function firstCustomerLine(page) {
  return page.locator('[data-testid="line-customer"]').first().innerText();
}

async function waitForFirstCustomerLine(page, text) {
  await page.waitForFunction((source) => {
    const el = document.querySelector('[data-testid="line-customer"]');
    return !!el && new RegExp(source).test(el.innerText);
  }, asPattern(text).source, { timeout: TIMEOUT });
}

export const tests = [
  {
    name: 'a session fetches only its language; switching mid-contact fetches the other and carries on',
    async run(ctx) {
      const scenario = loadShipped(ctx.root).scenarios[0];
      const { app, page } = await ctx.open();
      const requested = scenarioRequests(page);
      const words = [];
      page.on('request', (r) => { const m = r.url().match(/\/words\/([^/?#]+)/); if (m) words.push(m[1]); });
      const list = await setUpPlayer(app, { lang: 'en', policy: 'customer-first', typing: false });
      assert.deepEqual(words, [], 'the start and the list fetch no words');
      await list.open(scenario.id);
      const contact = new ContactScreen(app);
      assert.equal(await contact.waitForTurn(), 'choices');
      // The seed picks one of the opening's wordings; after the switch, the same one in Dutch.
      const wording = wordingShown(startNode(scenario), 'en', await firstCustomerLine(page));
      assert.ok(wording >= 0, 'the opening line in English');
      assert.equal(await app.testId('meter-mood').getAttribute('aria-label'), 'Mood');
      assert.deepEqual([...new Set(requested)].sort(), ['index.en.json', `${scenario.id}.en.json`].sort(),
        `only the English index and the scenario opened are fetched: ${requested}`);
      const before = await contact.state();

      await app.chooseLanguage('nl');
      await waitForFirstCustomerLine(page, wordingsOf(startNode(scenario))[wording].nl);
      assert.ok(requested.includes('index.nl.json'), 'the Dutch index is fetched on the switch');
      assert.ok(requested.includes(`${scenario.id}.nl.json`), 'and the Dutch scenario');
      assert.ok(!requested.some((f) => f.startsWith('library.')), 'never the whole library');
      // The contact's own words come in Dutch too (words/nl.txt).
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="meter-mood"]')?.getAttribute('aria-label') === 'Stemming', null, { timeout: TIMEOUT });
      assert.deepEqual(words, ['en.txt', 'nl.txt'], `each language's words once: ${words}`);
      const after = await contact.state();
      assert.equal(after.lines.length, before.lines.length, 'the same contact, not a new one');
      assert.equal(after.mood.now, before.mood.now, 'the customer is where they were');
      const choices = await contact.choices();
      const open = choices.find((c) => !c.locked);
      assert.equal(await contact.pick(open.n), 'choices', 'the contact goes on in Dutch');
      assert.equal(await app.testId('load-error').count(), 0, 'no load error');
    },
  },
  {
    name: 'if the other language cannot be fetched, the scenarios stay playable in the old one with a notice',
    async run(ctx) {
      const { scenarios } = loadShipped(ctx.root);
      const scenario = scenarios[0];
      const { app, page } = await ctx.open();
      await page.route('**/scenarios/*.nl.json', (route) => route.abort('internetdisconnected'));
      const list = await setUpPlayer(app, { lang: 'en', policy: 'customer-first', typing: false });
      await list.open(scenario.id);
      const contact = new ContactScreen(app);
      assert.equal(await contact.waitForTurn(), 'choices');

      await app.chooseLanguage('nl');
      await app.waitFor('load-error');
      const notice = await app.testId('load-error').first().innerText();
      assert.match(notice, /\.nl\.json/, `the notice names the file: ${notice}`);
      assert.ok(wordingShown(startNode(scenario), 'en', await firstCustomerLine(page)) >= 0, 'the line stays, in English, not blank');
      const open = (await contact.choices()).find((c) => !c.locked);
      assert.ok(open.text.length > 0, 'the answers still have their text');
      assert.equal(await contact.pick(open.n), 'choices', 'the contact goes on');

      await app.goto('#/scenarios');
      const listed = await new ScenarioList(app).ids();
      assert.equal(listed.length, scenarios.length, `every shipped scenario is still listed: ${listed}`);
    },
  },
];
