// Standalone play reports too (issue 19, item 4): a contact played on the
// game page is kept in the answer log, and the scores page downloads it as
// xAPI statements, each valid per Learning Locker's validator (npm
// xapi-validation), and as a CSV summary for a trainer. Keyboard only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { TIMEOUT } from '../lib/pages.mjs';
import { setUpPlayer, playToTheEnd } from '../lib/flows.mjs';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

async function download(app, page, id) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), app.activate(id)]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

export const tests = [
  {
    name: 'answer log: a contact played on the game page downloads from the scores page as valid xAPI statements and a CSV row',
    async run(ctx) {
      const { app, page } = await ctx.open();
      const list = await setUpPlayer(app, { policy: 'customer-first', typing: false });
      await list.open('double-charged');
      await playToTheEnd(app, page);

      const saved = JSON.parse(await app.readStorage('frontline.v1'));
      const log = saved.profiles[0].log;
      assert.equal(log.length, 1, 'one contact in the log');
      // Each entry is [the contact's record, its track step or null].
      const [{ choices, at }, step] = log[0];
      assert.equal(step, null, 'not a track step');
      assert.equal(at.split(' ').length, choices.length + 1, 'its start and each answer, timed');

      await app.openScores();
      await app.waitFor('answer-export');
      assert.match(await app.testId('log-count').innerText(), /: 1$/);
      // The buttons work once the scenarios to replay are in.
      await page.waitForFunction(() => !document.querySelector('[data-testid="export-xapi"]').disabled, null, { timeout: TIMEOUT });
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe on the scores page with a log:\n${describeViolations(violations)}`);

      const json = await download(app, page, 'export-xapi');
      assert.equal(json.name, 'frontline-answers.json');
      await page.waitForFunction(() => document.querySelector('[data-testid="export-status"]').innerText.includes('frontline-answers.json'), null, { timeout: TIMEOUT });
      const statements = JSON.parse(json.text);
      assert.ok(Array.isArray(statements), 'a plain array, as an LRS\'s statements');
      for (const st of statements) {
        assert.deepEqual(validate(st), [], JSON.stringify(st));
        assert.equal(st.actor.account.name, 'Sam');
      }
      const answered = statements.filter((s) => s.verb.id === ANSWERED);
      assert.deepEqual(answered.map((s) => s.result.response), choices, 'one answered per choice, in order');
      const completed = statements.filter((s) => s.verb.id === COMPLETED);
      assert.equal(completed.length, 1, 'one completed per contact');
      assert.ok(completed[0].object.id.endsWith('/scenarios/double-charged'));
      const csat = completed[0].result.score.raw;

      const csv = await download(app, page, 'export-csv');
      assert.equal(csv.name, 'frontline-summary.csv');
      const rows = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      assert.equal(rows.length, 2, `a header and the contact's row:\n${csv.text}`);
      assert.match(rows[0], /^Started \(UTC\),Scenario,Channel,House rules,CSAT/);
      const row = rows[1].split(',');
      assert.equal(row[1], 'Charged twice');
      assert.equal(Number(row[4]), csat, 'the CSAT of the statement');

      // Cleared, after asking: the log is empty, and says so.
      await app.activate('log-clear');
      await app.activate('log-clear-yes');
      await page.waitForFunction(() => document.querySelector('[data-testid="log-count"]').innerText.length > 0 &&
        document.querySelector('[data-testid="export-xapi"]').disabled, null, { timeout: TIMEOUT });
      const after = JSON.parse(await app.readStorage('frontline.v1'));
      assert.equal(after.profiles[0].log, undefined, 'no log left in the progress');
    },
  },
];
