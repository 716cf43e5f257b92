// The contact screen: locked choices, resuming after a reload, and progress
// that outlives the page.
import assert from 'node:assert/strict';
import { ContactScreen, ScenarioList } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { loadShipped, findLockedChoice } from '../lib/scenarios.mjs';

export const tests = [
  {
    name: 'locked choice under target-driven is shown with its reason',
    async run(ctx) {
      const target = findLockedChoice(loadShipped(ctx.root), 'target-driven');
      assert.ok(target, 'some shipped scenario has a choice that needs an authority target-driven lacks');
      console.log(`     steering to ${target.scenario} node ${target.node} by ${JSON.stringify(target.path)}; choice ${target.number} needs ${target.authority}`);
      const { app } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'target-driven', typing: false });
      await list.open(target.scenario);
      const contact = new ContactScreen(app);
      let turn = await contact.waitForTurn();
      for (const n of target.path) {
        assert.equal(turn, 'choices', 'contact still running on the way to the locked choice');
        turn = await contact.pick(n);
      }
      const choices = await contact.choices();
      const locked = choices.find((c) => c.n === target.number);
      assert.ok(locked, `choice ${target.number} is offered: ${JSON.stringify(choices)}`);
      assert.equal(locked.tag, 'button', 'a locked choice is still a button (so it is announced)');
      assert.ok(locked.locked, `choice ${target.number} is aria-disabled`);
      assert.ok(locked.reason && locked.reasonVisible, `its reason is shown in choice-lock-${target.number}: ${JSON.stringify(locked)}`);
      assert.match(locked.reason, /authority/i, 'the reason says an authority is missing');
      const what = { competitor_order: /competitor/i, own_the_case: /case/i, goodwill: /goodwill/i, direct_specialist: /specialist/i, speak_freely: /really are/i };
      assert.match(locked.reason, what[target.authority], `the reason names what is not allowed (${target.authority})`);

      // Its digit key does nothing: no new line, same choices.
      const before = await contact.state();
      await app.page.keyboard.press(String(target.number));
      await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await contact.state();
      assert.deepEqual(after.lines, before.lines, 'pressing a locked choice adds nothing to the transcript');
    },
  },
  {
    name: 'reload mid-contact resumes the same contact',
    async run(ctx) {
      const scenario = loadShipped(ctx.root).scenarios[0];
      const { app, page } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await list.open(scenario.id);
      const contact = new ContactScreen(app);
      let turn = await contact.waitForTurn();
      for (let i = 0; i < 2 && turn === 'choices'; i++) {
        const first = (await contact.choices()).find((c) => !c.locked);
        turn = await contact.pick(first.n);
      }
      assert.equal(turn, 'choices', 'still mid-contact after two answers');
      const before = await contact.state();
      await page.reload();
      await app.waitFor('screen-contact');
      await contact.waitForTurn({ linesAbove: before.lines.length - 1 });
      const after = await contact.state();
      assert.equal(after.lines.length, before.lines.length, 'same transcript length after reload');
      assert.deepEqual(after.lines, before.lines, 'same transcript after reload');
      assert.equal(after.mood.now, before.mood.now, 'same mood after reload');
      assert.equal(after.patience.now, before.patience.now, 'same patience after reload');

      // Leaving for the list offers to resume; resuming brings the same state.
      await app.goto('#/scenarios');
      await app.waitFor('screen-scenarios');
      await new ScenarioList(app).resume(scenario.id);
      await contact.waitForTurn({ linesAbove: before.lines.length - 1 });
      assert.deepEqual((await contact.state()).lines, before.lines, 'resume from the list continues the contact');
    },
  },
  {
    name: 'reload while the customer is typing loses no line',
    async run(ctx) {
      const scenario = loadShipped(ctx.root).scenarios[0];
      const { app, page } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: true });
      await list.open(scenario.id);
      const contact = new ContactScreen(app);
      await contact.waitForTurn();
      const first = (await contact.choices()).find((c) => !c.locked);
      const before = await contact.counts();
      await page.keyboard.press(String(first.n));
      // Reload in the gap between the agent's answer and the customer's reply.
      await app.waitFor('typing');
      const mid = await contact.state();
      await page.reload();
      await app.waitFor('screen-contact');
      const turn = await contact.waitForTurn({ customerLinesAbove: before.customer, linesAbove: before.all + 1 });
      const after = await contact.state();
      assert.deepEqual(after.lines.slice(0, mid.lines.length), mid.lines, 'the transcript up to the reload is intact');
      assert.ok(turn === 'debrief' || after.lines.length >= before.all + 2, `the customer's reply arrives after the reload: ${JSON.stringify(after.lines)}`);
    },
  },
  {
    name: 'progress survives a reload (best result in the list)',
    async run(ctx) {
      const scenario = loadShipped(ctx.root).scenarios[0];
      const { app, page } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await list.open(scenario.id);
      await new ContactScreen(app).playToDebrief();
      await app.activate('back-to-list');
      await list.waitReady();
      const best = await list.best(scenario.id, 'customer-first');
      assert.ok(best && /\d/.test(best), `best result shown after playing: "${best}"`);
      assert.equal(await app.testId(`new-${scenario.id}`).count(), 0, 'no "new" badge once played');
      await page.reload();
      await app.currentScreen();
      if ((await app.testId('screen-scenarios').count()) === 0) {
        await app.goto('#/scenarios');
      }
      await list.waitReady();
      assert.equal(await list.best(scenario.id, 'customer-first'), best, 'same best result after reload');
      assert.equal(await app.testId(`new-${scenario.id}`).count(), 0, 'still not "new" after reload');
    },
  },
];
