// Channels with their own mechanics (issue 15): an e-mail shows when the
// customer wrote and the reply time promised; a public post shows how its
// onlookers react, and the change after a public reply; direct messages are
// marked; the contact screen stays accessible with all of it on screen.
import assert from 'node:assert/strict';
import path from 'node:path';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { ContactScreen, DebriefScreen } from '../lib/pages.mjs';
import { setUpPlayer } from '../lib/flows.mjs';
import { loadShipped } from '../lib/scenarios.mjs';

const text = (page, id) => page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.innerText.trim() ?? null, id);
const attr = (page, id, name) => page.evaluate(([id, name]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(name) ?? null, [id, name]);

/** The 1-based number of a choice, by id, at a node of a shipped scenario. */
function numberOf(ctx, scenario, node, choice) {
  const s = loadShipped(ctx.root).scenarios.find((x) => x.id === scenario);
  const n = s.nodes.find((x) => x.id === node);
  return n.choices.findIndex((c) => c.id === choice) + 1;
}

export const tests = [
  {
    name: 'channel: an e-mail shows when the customer wrote and the promised reply time',
    async run(ctx) {
      const { app, page } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await list.open('late-delivery-goodwill');
      const contact = new ContactScreen(app);
      await contact.waitForTurn();
      const promise = await text(page, 'promise');
      // The shipped e-mail has waited 3 h 50 min of a four-hour promise.
      assert.match(promise, /3 h 50 min ago/, promise);
      assert.match(promise, /within 4 h/, promise);
      assert.match(promise, /10 min left/, promise);
      assert.equal(await attr(page, 'promise', 'data-run-out'), 'false');
      // Her answer to a reply arrives as the reply does: a fresh promise.
      await contact.pick(numberOf(ctx, 'late-delivery-goodwill', 'opening', 'acknowledge'));
      const next = await text(page, 'promise');
      assert.match(next, /just now/, next);
      assert.match(next, /4 h left/, next);
    },
  },
  {
    name: 'channel: a public post shows its onlookers, and a public reply moves them',
    async run(ctx) {
      const id = 'public-complaint-social';
      const { app, page } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await list.open(id);
      const contact = new ContactScreen(app);
      await contact.waitForTurn();
      assert.equal(await attr(page, 'audience', 'role'), 'status', 'changes are announced politely');
      const before = Number(await attr(page, 'audience', 'data-net'));
      const shown = await text(page, 'audience');
      assert.match(shown, /Onlookers \(3000 watching\): -30 — mostly against you/, shown);
      assert.ok(before < 0, 'an angry post starts them on the customer\'s side');
      assert.match(await text(page, 'promise'), /25 min ago/);

      // The reply that goes to direct messages says so before it is picked.
      const choices = await contact.choices();
      const dm = choices.find((c) => c.n === numberOf(ctx, id, 'opening', 'dm-first'));
      assert.match(dm.text, /Private message/, JSON.stringify(choices));
      const publicReply = choices.find((c) => c.n === numberOf(ctx, id, 'opening', 'own-publicly'));
      assert.doesNotMatch(publicReply.text, /Private message/);

      await contact.pick(publicReply.n);
      const after = Number(await attr(page, 'audience', 'data-net'));
      assert.ok(after > before, `a public apology earns approval: ${before} → ${after}`);
      assert.match(await text(page, 'audience'), new RegExp(`: ${after} — `));

      // Play on to the debrief: the reputation is on the manager's card.
      await contact.playToDebrief();
      const debrief = await new DebriefScreen(app).read();
      assert.match(debrief.manager, /Reputation with onlookers/, debrief.manager);
    },
  },
  {
    name: 'channel: axe-core finds no violations on a contact with a promise, onlookers and a private reply',
    async run(ctx) {
      const { app, page } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await list.open('public-complaint-social');
      const contact = new ContactScreen(app);
      await contact.waitForTurn();
      const failures = [];
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: path.join(ctx.artifacts, `contact-social-${scheme}.png`), fullPage: true });
        const violations = await runAxe(page);
        if (violations.length) failures.push(`${scheme}:\n${describeViolations(violations)}`);
      }
      assert.equal(failures.length, 0, failures.join('\n'));
    },
  },
];
