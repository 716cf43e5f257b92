// The trainer page (issue 20): a group's results from the statements the
// game makes (`frontline play --xapi`), read from exported files and from a
// real LRS (Ralph), with the group first, per trainee behind a switch,
// plain messages for what goes wrong, both languages, keyboard and axe.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAxe, describeViolations } from '../lib/axe.mjs';
import { playedCohort, assertShown } from '../lib/cohort.mjs';
import { startRalph } from '../lib/lrs.mjs';

async function openTrainer(ctx) {
  const { app, page } = await ctx.open();
  await page.goto(`${ctx.server.origin}/trainer/`);
  await app.waitFor('screen-trainer');
  // The scenarios are fetched before anything can be loaded.
  await page.waitForFunction(() => !document.querySelector('[data-testid="lrs-load"]').disabled);
  return { app, page };
}

async function pickPolicy(page, label) {
  const options = await page.locator('[data-testid="trainer-scenario"] option').allInnerTexts();
  const index = options.findIndex((o) => o.includes(label));
  assert.ok(index >= 0, `a scenario under ${label} in ${options}`);
  await page.selectOption('[data-testid="trainer-scenario"]', String(index));
}

async function loadFromLrs(app, page, endpoint, user, password) {
  await page.fill('[data-testid="lrs-endpoint"]', endpoint);
  await page.fill('[data-testid="lrs-key"]', user);
  await page.fill('[data-testid="lrs-secret"]', password);
  await app.activate('lrs-load');
}

/** Waits for the failure message of this kind (a new load clears the last). */
async function failure(app, kind) {
  await app.page.waitForFunction(
    (k) => document.querySelector('[data-testid="trainer-failure"]')?.dataset.failure === k, kind, { timeout: 30000 },
  ).catch(async () => {
    const shown = await app.page.locator('[aria-live="polite"]').innerText();
    throw new Error(`expected the ${kind} message; the page says: ${shown}`);
  });
  return kind;
}

export const tests = [
  {
    name: 'trainer: a link for trainees without an LMS points their scores page at the LRS, the secret never in the address bar afterwards (keyboard, axe)',
    async run(ctx) {
      const { app, page } = await openTrainer(ctx);
      await page.fill('[data-testid="invite-endpoint"]', 'ftp://lrs.example/xapi/');
      await page.fill('[data-testid="invite-key"]', 'writer');
      await page.fill('[data-testid="invite-secret"]', 's3cret-w');
      await app.activate('invite-make');
      await app.waitFor('invite-problem');
      assert.match(await app.testId('invite-problem').innerText(), /must start with https:\/\//);
      assert.equal(await page.getAttribute('[data-testid="invite-endpoint"]', 'aria-invalid'), 'true');
      await page.fill('[data-testid="invite-endpoint"]', 'https://lrs.example/xapi');
      await app.activate('invite-make');
      await app.waitFor('invite-link');
      const link = await page.inputValue('[data-testid="invite-link"]');
      assert.ok(link.startsWith(`${ctx.server.origin}/scores/#lrs=`), link);
      assert.ok(!link.includes('s3cret-w'), 'the secret is encoded, not plain, in the link');
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, `axe with the link:\n${describeViolations(violations)}`);

      // The trainee follows it: the scores page takes the settings into
      // this tab and out of the address bar.
      await page.goto(link);
      await app.waitFor('lrs-target');
      assert.equal(page.url(), `${ctx.server.origin}/scores/`);
      assert.match(await app.testId('lrs-target').innerText(), /lrs\.example.*“writer”/);
      const kept = await page.evaluate(() => ({
        session: sessionStorage.getItem('frontline.lrs.settings'),
        local: JSON.stringify({ ...localStorage }),
      }));
      assert.deepEqual(JSON.parse(kept.session), { endpoint: 'https://lrs.example/xapi/', key: 'writer', secret: 's3cret-w', consented: false });
      assert.ok(!kept.local.includes('s3cret-w'), 'the secret is not in localStorage');
    },
  },
  {
    name: 'trainer: exported files without an LRS show the group (map shares, CSAT chart, mistakes), trainees only behind a switch, pseudonymised on request (keyboard, axe, Dutch)',
    async run(ctx) {
      const { statements, expected } = playedCohort(ctx.root);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-trainer-'));
      try {
        // A trainee's export (an array) and an LRS page saved as a file.
        const half = Math.floor(statements.length / 2);
        const a = path.join(dir, 'export-1.json');
        const b = path.join(dir, 'export-2.json');
        fs.writeFileSync(a, JSON.stringify(statements.slice(0, half)));
        fs.writeFileSync(b, JSON.stringify({ statements: statements.slice(half), more: '' }));
        const { app, page } = await openTrainer(ctx);
        let violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe before loading:\n${describeViolations(violations)}`);
        await page.setInputFiles('[data-testid="statement-files"]', [a, b]);
        await app.waitFor('trainer-group');
        assert.match(await app.testId('trainer-loaded').innerText(), new RegExp(`${statements.length} statements read: 6 contacts by 5 trainees`));
        await pickPolicy(page, 'Customer-first');
        await assertShown(page, assert, 'customer-first', expected['customer-first']);
        await pickPolicy(page, 'Target-driven');
        await assertShown(page, assert, 'target-driven', expected['target-driven']);
        // The worst path's first step off the best one, in words.
        assert.match(await app.testId('trainer-mistakes').innerText(), /1 of 4 contacts answered “.+” instead of “.+”/);
        // A point's answers, opened by keyboard.
        await app.activate('trainer-point-opening');
        await app.waitFor('trainer-answered');
        assert.match(await app.testId('trainer-answered').innerText(), /75% \(3 of 4\)/);
        // No names until asked; then codes when pseudonymising.
        assert.equal(await app.testId('trainer-trainees').count(), 0);
        await app.activate('trainer-per-trainee', 'Space');
        await app.waitFor('trainer-trainees');
        assert.match(await app.testId('trainer-trainees').innerText(), /Trainee 4/);
        await app.activate('trainer-pseudonymise', 'Space');
        await page.waitForFunction(() => !document.querySelector('[data-testid="trainer-trainees"]').innerText.includes('Trainee 4'));
        assert.match(await app.testId('trainer-trainees').innerText(), /T-[0-9A-F]{8}/);
        const download = page.waitForEvent('download');
        await app.activate('trainer-export');
        const csv = fs.readFileSync(await (await download).path(), 'utf8');
        assert.match(csv, /^track,scenario,house rules,plays/);
        assert.match(csv, /,double-charged,target-driven,4,4,/);
        assert.ok(!csv.includes('Trainee '), 'the pseudonymised CSV has no names');
        for (const scheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme: scheme });
          violations = await runAxe(page);
          assert.equal(violations.length, 0, `axe (${scheme}) with the results:\n${describeViolations(violations)}`);
        }
        await app.chooseLanguage('nl');
        await page.waitForFunction(() => document.querySelector('h1').innerText === 'De resultaten van je groep');
        assert.match(await app.testId('trainer-loaded').innerText(), /statements gelezen: 6 klantcontacten van 5 cursisten/);
        violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe in Dutch:\n${describeViolations(violations)}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'trainer: statements the game posted to Ralph come back on the map and the chart; wrong credentials, CORS and an unreachable LRS each get their message',
    async run(ctx) {
      const { statements, expected } = playedCohort(ctx.root);
      let ralph = null;
      let other = null;
      try {
        ralph = await startRalph({ server: ctx.server });
        const posted = await ralph.post(statements);
        assert.equal(posted.status, 200, `POST: ${posted.status} ${JSON.stringify(posted.json)}`);
        const { app, page } = await openTrainer(ctx);
        const trainer = ralph.users.trainer;
        await loadFromLrs(app, page, ralph.endpoint, trainer.username, trainer.password);
        await app.waitFor('trainer-group');
        assert.match(await app.testId('trainer-loaded').innerText(), new RegExp(`${statements.length} statements read: 6 contacts`));
        await pickPolicy(page, 'Customer-first');
        await assertShown(page, assert, 'customer-first', expected['customer-first']);
        await pickPolicy(page, 'Target-driven');
        await assertShown(page, assert, 'target-driven', expected['target-driven']);
        // Typed once: a reload of the tab keeps the address and key.
        await page.reload();
        await app.waitFor('screen-trainer');
        assert.equal(await page.inputValue('[data-testid="lrs-endpoint"]'), ralph.endpoint);

        await page.waitForFunction(() => !document.querySelector('[data-testid="lrs-load"]').disabled);
        await loadFromLrs(app, page, ralph.endpoint, trainer.username, 'not-the-password');
        await failure(app, 'credentials');
        assert.match(await app.testId('trainer-failure').innerText(), /did not accept this key and secret/);

        // An LRS that lets only another site read it.
        other = await startRalph({ corsOrigins: ['https://elsewhere.example'] });
        ctx.server.allowHost(`127.0.0.1:${other.port}`);
        await loadFromLrs(app, page, other.endpoint, other.users.trainer.username, other.users.trainer.password);
        await failure(app, 'cors');
        assert.match(await app.testId('trainer-failure').innerText(), new RegExp(`CORS.*${ctx.server.origin.replace(/[.]/g, '\\.')}`));

        await ralph.stop();
        await loadFromLrs(app, page, ralph.endpoint, trainer.username, trainer.password);
        await failure(app, 'unreachable');
        assert.match(await app.testId('trainer-failure').innerText(), /Nothing answers at this address/);
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe with a failure:\n${describeViolations(violations)}`);
      } catch (e) {
        if (ralph) console.log(ralph.log().slice(-3000));
        throw e;
      } finally {
        await other?.close();
        await ralph?.close();
      }
    },
  },
];
