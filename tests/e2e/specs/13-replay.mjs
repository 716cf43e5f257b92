// Playing a scenario again meets a new conversation: another seed, so
// another wording of the customer's lines (and maybe another name), with
// the same choices to make.
import assert from 'node:assert/strict';
import { ContactScreen } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { loadShipped, wordingsOf, wordingShown } from '../lib/scenarios.mjs';

export const tests = [
  {
    name: 'a replay with another seed shows another wording of the same scenario',
    async run(ctx) {
      const { scenarios } = loadShipped(ctx.root);
      const scenario = scenarios.find((s) => s.id === 'hurried-routine');
      assert.ok(scenario, 'hurried-routine ships');
      const first = scenario.nodes.find((n) => n.id === scenario.start);
      assert.ok(wordingsOf(first).length >= 2, 'its opening line has other wordings');
      const which = (line) => wordingShown(first, 'en', line);

      const { app, page } = await ctx.open();
      // The page's one source of randomness, fixed: the run is the same
      // every time, and each new contact still draws its own seed.
      await page.addInitScript(() => { Math.random = () => 0.1234; });
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await list.open(scenario.id);
      const contact = new ContactScreen(app);

      const opening = async () => {
        assert.equal(await contact.waitForTurn(), 'choices');
        return page.evaluate(() => {
          const line = document.querySelector('[data-testid="line-customer"]');
          return {
            who: line.querySelector('.who').innerText.trim(),
            said: line.querySelector('.said').innerText.trim(),
            choices: document.querySelectorAll('[data-testid^="choice-"]:not([data-testid^="choice-lock"])').length,
          };
        });
      };
      const met = [await opening()];
      assert.ok(which(met[0].said) >= 0, `the opening is one of the scenario's wordings: ${met[0].said}`);
      for (let replay = 1; replay <= 8 && which(met.at(-1).said) === which(met[0].said); replay++) {
        await contact.playToDebrief();
        await app.activate('play-again');
        await app.waitFor('screen-contact');
        met.push(await opening());
      }
      const again = met.at(-1);
      console.log(`     met ${met.map((m) => `${m.who} (wording ${which(m.said) + 1})`).join(', ')}`);
      assert.ok(which(again.said) >= 0, `the replay's opening is one of the scenario's wordings: ${again.said}`);
      assert.notEqual(which(again.said), which(met[0].said), 'a replay shows another wording');
      assert.equal(again.choices, met[0].choices, 'the same choices are offered');
      for (const m of met) {
        assert.ok([scenario.persona.name, ...(scenario.persona.names || [])].includes(m.who), `${m.who} is one of the persona's names`);
        assert.ok(!/[{}]/.test(m.said), `every placeholder is filled: ${m.said}`);
      }
    },
  },
];
