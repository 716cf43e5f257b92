// The xAPI statements the game's answers make (engine::lms::xapi), as
// `frontline play --xapi` prints them, checked by Learning Locker's
// conformance-tested validator (npm xapi-validation), not by our own rules.
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadShipped } from '../lib/scenarios.mjs';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

function frontline(root) {
  const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  return path.join(target, 'release', 'frontline');
}

export const tests = [
  {
    name: 'xapi: every answer of every shipped scenario is a valid statement, one id per event',
    async run(ctx) {
      const { scenarios } = loadShipped(ctx.root);
      const ids = new Set();
      const events = new Set();
      let count = 0;
      for (const s of scenarios) {
        for (const policy of ['target-driven', 'customer-first']) {
          // Its best and its worst path for this customer, as the analysis finds them.
          const file = path.join(ctx.root, 'assets', 'scenarios', `${s.id}.json`);
          const run = (args) => execFileSync(frontline(ctx.root), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
          const analysis = JSON.parse(run(['paths', file, '--policy', policy, '--seed', '5']));
          const played = [analysis.best, analysis.worst].map((way) => JSON.parse(run(['play', file,
            '--policy', policy, '--seed', '5', '--choices', way.numbers.join(','), '--xapi'])));
          assert.ok(played.every((p) => p.length >= 1), `${s.id} under ${policy}: answers on both paths`);
          for (const contact of played) {
            contact.forEach((st, step) => {
              const warnings = validate(st);
              assert.deepEqual(warnings, [], `${s.id} under ${policy}: ${JSON.stringify(st)}`);
              ids.add(st.id);
              events.add(JSON.stringify([st.context.registration, s.id, policy, step, st.object.id, st.result.response]));
              count++;
            });
          }
        }
      }
      console.log(`     ${count} statements from ${scenarios.length} scenarios, all valid`);
      // One id per event: the same answer at the same place of the same
      // contact (the best and worst paths can share their first answers) is
      // one event, and any other is another.
      assert.equal(ids.size, events.size, `${ids.size} distinct ids for ${events.size} distinct events`);
      // The validator does catch a broken statement.
      const broken = { id: 'not-a-uuid', actor: {}, verb: { id: 'answered' }, object: { id: 'x' } };
      assert.ok(validate(broken).length > 0, 'the validator reports problems');
    },
  },
];
