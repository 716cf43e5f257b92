// Contacts played by `frontline play` (the game's own rules and xAPI
// mapping), as the statements a group of trainees would leave in an LRS or
// export, and what the trainer page must make of them.
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export function frontline(root) {
  const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  return path.join(target, 'release', 'frontline');
}

const SCENARIO = 'double-charged';

/**
 * Five trainees on `double-charged`: under target-driven three take the best
 * path and one the worst; under customer-first one takes the best path and
 * one the all-script path. Returns every statement (each trainee's own
 * actor) and, per house rules, the answers counted at each node and the
 * CSAT of each finished contact.
 */
export function playedCohort(root) {
  const file = path.join(root, 'assets', 'scenarios', `${SCENARIO}.json`);
  const run = (args) => JSON.parse(execFileSync(frontline(root), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const paths = {};
  for (const policy of ['target-driven', 'customer-first']) {
    paths[policy] = run(['paths', file, '--policy', policy]);
  }
  const plan = [
    [1, 'target-driven', 'best'], [2, 'target-driven', 'best'], [3, 'target-driven', 'best'],
    [4, 'target-driven', 'worst'], [5, 'customer-first', 'best'], [1, 'customer-first', 'all_script'],
  ];
  const statements = [];
  const expected = { 'target-driven': { answers: {}, csat: [0, 0, 0, 0, 0] }, 'customer-first': { answers: {}, csat: [0, 0, 0, 0, 0] } };
  plan.forEach(([trainee, policy, which], i) => {
    const seed = String(100 + i);
    const choices = paths[policy][which].numbers.join(',');
    const args = ['play', file, '--policy', policy, '--seed', seed, '--choices', choices];
    const debrief = run(args);
    if (debrief.end) expected[policy].csat[debrief.scorecards.customer.csat - 1] += 1;
    for (const s of run([...args, '--xapi'])) {
      s.actor = { objectType: 'Agent', name: `Trainee ${trainee}`, account: { homePage: 'https://lms.example', name: `t${trainee}` } };
      const node = s.object.id.split('/nodes/')[1];
      const at = (expected[policy].answers[node] ||= {});
      at[s.result.response] = (at[s.result.response] || 0) + 1;
      statements.push(s);
    }
  });
  return { scenario: SCENARIO, statements, expected };
}

/**
 * Checks what the page shows for `policy` against `expected`: every arrow's
 * count and total, and every CSAT bar.
 */
export async function assertShown(page, assert, policy, expected) {
  const shown = await page.evaluate(() => ({
    shares: [...document.querySelectorAll('[data-testid^="share-"]')].map((g) => [g.dataset.testid, Number(g.dataset.count), Number(g.dataset.total)]),
  }));
  for (const [node, counts] of Object.entries(expected.answers)) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    for (const [choice, count] of Object.entries(counts)) {
      const found = shown.shares.find(([id]) => id === `share-${node}-${choice}`);
      assert.ok(found, `an arrow for ${node}/${choice}`);
      assert.deepEqual(found.slice(1), [count, total], `${policy}: ${node}/${choice}`);
    }
  }
  for (let c = 1; c <= 5; c++) {
    const bar = page.locator(`[data-testid="csat-${policy}-${c}"]`);
    assert.equal(Number(await bar.getAttribute('data-count')), expected.csat[c - 1], `${policy}: CSAT ${c}`);
  }
}
