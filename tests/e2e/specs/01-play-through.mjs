// A full contact from the start screen to the debrief, keyboard only, under
// each policy in each language.
import assert from 'node:assert/strict';
import { ContactScreen, DebriefScreen } from '../lib/pages.mjs';
import { setUpPlayer, assertLang, firstNumber } from '../lib/flows.mjs';
import { loadShipped, wordingShown } from '../lib/scenarios.mjs';

const POLICIES = ['target-driven', 'customer-first'];
const LANGS = ['en', 'nl'];
// Known translations (src/ui/i18n/) that prove the page is really in that language.
const DEBRIEF_HEADING = { en: 'Debrief', nl: 'Nabespreking' };

export const tests = [];
for (const lang of LANGS) {
  for (const policy of POLICIES) {
    tests.push({
      name: `play-through ${policy} ${lang} (keyboard only)`,
      async run(ctx) {
        const shipped = loadShipped(ctx.root);
        const scenario = shipped.scenarios[0];
        const policyDef = shipped.policies.find((p) => p.id === policy);
        const other = lang === 'en' ? 'nl' : 'en';
        const { app, page } = await ctx.open();
        // The customer-first runs also prove the typing delay can be switched off.
        const list = await setUpPlayer(app, { lang, policy, name: `Kim${lang}${policy.length}`, typing: policy === 'customer-first' ? false : null });
        await assertLang(page, lang);

        await app.waitFor(`scenario-${scenario.id}`);
        const listText = await app.testId('screen-scenarios').innerText();
        assert.ok(listText.includes(scenario.title[lang]), `list shows the ${lang} title "${scenario.title[lang]}"`);
        assert.ok(!listText.includes(scenario.title[other]) || scenario.title[other] === scenario.title[lang],
          `list does not show the ${other} title "${scenario.title[other]}"`);
        assert.equal(await app.testId(`new-${scenario.id}`).count(), 1, `new-${scenario.id} badge before first play`);

        assert.ok(page.url().endsWith('#/scenarios'), `list route: ${page.url()}`);
        await list.open(scenario.id);
        assert.ok(page.url().endsWith(`#/play/${scenario.id}`), `contact route: ${page.url()}`);
        const contact = new ContactScreen(app);
        await contact.waitForTurn();
        const s = await contact.state();
        assert.equal(s.transcriptRole, 'log', 'transcript has role="log"');
        assert.equal(s.transcriptLive, 'polite', 'transcript has aria-live="polite"');
        for (const m of [s.mood, s.patience]) {
          assert.ok(m, 'both meters are present');
          assert.equal(m.role, 'meter');
          assert.ok(m.now !== null && m.min !== null && m.max !== null, `meter has aria-value*: ${JSON.stringify(m)}`);
          assert.ok(m.text.includes(m.now), `meter shows its value as text: ${JSON.stringify(m)}`);
        }
        const startNode = scenario.nodes.find((n) => n.id === scenario.start);
        assert.ok(s.lines.some((l) => l.startsWith('line-customer') && wordingShown(startNode, lang, l) >= 0),
          `first customer line in ${lang}, in one of its wordings: ${JSON.stringify(s.lines)}`);
        if (policyDef.handle_time_target) assert.ok(s.clock, 'clock is shown under a handle-time target');
        else assert.equal(s.clock, null, 'no clock without a handle-time target');
        if (policyDef.alias) assert.ok(s.alias && s.alias.includes(policyDef.alias), `alias ${policyDef.alias} is shown (got ${s.alias})`);
        else assert.equal(s.alias, null, 'no alias without one in the policy');

        await contact.playToDebrief({
          async onTurn(_i, choices) {
            const first = choices.find((c) => !c.locked);
            const focused = await page.evaluate(() => document.activeElement?.closest('[data-testid^="choice-"]')?.dataset.testid ?? document.activeElement?.tagName);
            assert.equal(focused, `choice-${first.n}`, 'focus is on the first available choice when a customer line arrives');
          },
        });
        await assertLang(page, lang);
        assert.ok(page.url().endsWith(`#/debrief/${scenario.id}`), `debrief route: ${page.url()}`);
        const d = await new DebriefScreen(app).read();
        assert.ok(d.headings.some((h) => h.includes(DEBRIEF_HEADING[lang])), `debrief heading "${DEBRIEF_HEADING[lang]}" in ${JSON.stringify(d.headings)}`);
        assert.ok(d.managerVisible && d.customerVisible, 'both scorecards are visible');
        const csat = firstNumber(d.csat.replace(/csat/i, ''));
        assert.ok(csat >= 1 && csat <= 5, `CSAT between 1 and 5: "${d.csat}"`);
        assert.ok(/\d/.test(d.nps || ''), `NPS is shown with a number: "${d.nps}"`);
        for (const k of ['fcr', 'handleTime', 'goodwill', 'stress', 'review', 'standing']) assert.ok(d[k], `debrief shows ${k}`);
        // Where the stress came from, in words: under an alias, the alias is named.
        if (policyDef.alias) {
          await page.waitForFunction((a) => (document.querySelector('[data-testid="strain-sources"]')?.innerText || '').includes(`“${a}”`),
            policyDef.alias, { timeout: 15000 });
          const sources = await app.testId('strain-sources').innerText();
          assert.ok(sources.includes(`“${policyDef.alias}”`), `the strain sources name the alias: ${sources}`);
          assert.ok(await app.page.locator('[data-testid="strain-sources"] li').count() >= 2, sources);
        }
        assert.ok(d.chartLabel && d.chartLabel.length > 10, `mood chart has a describing aria-label: "${d.chartLabel}"`);
        for (const id of ['play-again', 'play-other-policy', 'back-to-list']) {
          assert.equal(await app.testId(id).count(), 1, `debrief offers ${id}`);
        }
        // At 1280 px the two scorecards sit side by side: their boxes share a row.
        const [m, c] = await Promise.all([app.testId('scorecard-manager').boundingBox(), app.testId('scorecard-customer').boundingBox()]);
        assert.ok(m.y < c.y + c.height && c.y < m.y + m.height && m.x !== c.x, `scorecards side by side: ${JSON.stringify({ m, c })}`);

        await app.openScores();
        assert.ok(page.url().includes('/scores/'), `the scores page: ${page.url()}`);
        await page.goBack();
        await app.waitFor('screen-debrief');

        // The language can be switched at any time, including on the debrief.
        await app.chooseLanguage(other);
        await assertLang(page, other);
        const d2 = await new DebriefScreen(app).read();
        assert.notDeepEqual(d2.headings, d.headings, `debrief headings change with the language: ${JSON.stringify(d.headings)}`);

        // "Play under the other policy" starts the same contact under the other rules.
        await app.activate('play-other-policy');
        await app.waitFor('screen-contact');
        await contact.waitForTurn();
        const again = await contact.state();
        assert.equal(again.clock === null, !!policyDef.handle_time_target, `the clock flips with the other policy (clock: ${again.clock})`);
        assert.ok(page.url().endsWith(`#/play/${scenario.id}`), `same scenario under the other policy: ${page.url()}`);
      },
    });
  }
}
