// Frontline in an LMS (issue 18): the SCORM package built by `frontline
// package`, unpacked and opened in a frame of a page where scorm-again (a
// real SCORM runtime) provides the API. A contact is played by keyboard; the
// committed data is checked against the standards' own limits (scorm-again
// is more lenient); a relaunch with that data resumes the contact.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { TIMEOUT } from '../lib/pages.mjs';
import { unzip } from '../lib/unzip.mjs';

const MOUNT = '/__lms__/';

function frontlineBinary(root) {
  const target = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
  return path.join(target, 'release', 'frontline');
}

/** Package the rotation track and serve it, with scorm-again, under MOUNT. */
function serveCourse(ctx, format, { crossOrigin = false, track = 'rotation' } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `frontline-${format}-`));
  const zip = path.join(dir, 'course.zip');
  let trackArg = track;
  if (typeof track === 'object') {
    trackArg = path.join(dir, `${track.id}.track.json`);
    fs.writeFileSync(trackArg, JSON.stringify(track));
  }
  execFileSync(frontlineBinary(ctx.root), ['package', '--format', format, '--track', trackArg,
    '--dist', path.join(ctx.root, 'dist'), '--out', zip]);
  const names = unzip(zip, path.join(dir, 'course'));
  const runtime = format === 'scorm12' ? 'scorm12.js' : 'scorm2004.js';
  fs.copyFileSync(path.join(ctx.root, 'node_modules', 'scorm-again', 'dist', runtime), path.join(dir, runtime));
  const manifest = fs.readFileSync(path.join(dir, 'course', 'imsmanifest.xml'), 'utf8');
  const launch = manifest.match(/adlcp:scorm[tT]ype="sco" href="([^"]+)"/)[1];
  // The LMS: the API on its window, the course in a frame; a relaunch
  // passes the data committed before through sessionStorage.
  const [ctor, global] = format === 'scorm12' ? ['Scorm12API', 'API'] : ['Scorm2004API', 'API_1484_11'];
  fs.writeFileSync(path.join(dir, 'lms.html'), `<!doctype html><html lang="en"><title>LMS</title>
<script src="${runtime}"></script>
<script>
  const api = new ${ctor}({ autocommit: false, logLevel: 5 });
  const saved = sessionStorage.getItem('cmi');
  // What the LMS knows of the learner: a name written "Last, First" and a
  // preference for Belgian Dutch.
  api.loadFromJSON(${format === 'scorm12'
    ? "{ core: { student_name: 'Janssens, An' }, student_preference: { language: 'nl-BE' } }"
    : "{ learner_name: 'Janssens, An', learner_preference: { language: 'nl-BE' } }"}, '');
  if (saved) {
    api.loadFromJSON(JSON.parse(saved), '');
    ${format === 'scorm12' ? "api.cmi.core.entry = 'resume';" : "api.cmi.entry = 'resume';"}
  }
  window.${global} = api;
  window.commits = [];
  api.on('Commit', () => window.commits.push(api.renderCommitCMI(true)));
  api.on('LMSCommit', () => window.commits.push(api.renderCommitCMI(true)));
</script>
<iframe title="Course" src="${crossOrigin ? `${ctx.server.origin.replace('127.0.0.1', 'localhost')}${MOUNT}middle.html` : `course/${launch}`}" style="width:100%;height:90vh"></iframe></html>`);
  // A frame from another origin between the LMS and the course, as some
  // LMSs and content players put one: the course must look past it.
  fs.writeFileSync(path.join(dir, 'middle.html'), `<!doctype html><html lang="en"><title>Player</title>
<iframe title="Course" src="${ctx.server.origin}${MOUNT}course/${launch}" style="width:100%;height:85vh"></iframe></html>`);
  ctx.server.mount(MOUNT, dir);
  return { dir, names, manifest };
}

async function playOneContact(page, frame) {
  await frame.locator('[data-testid="step-start-1"]').focus();
  await page.keyboard.press('Enter');
  return answerUntilOver(page, frame);
}

/** Answers the contact on screen by keyboard until it is over; the answers given. */
async function answerUntilOver(page, frame) {
  await frame.locator('[data-testid="screen-contact"]').waitFor({ timeout: TIMEOUT });
  for (let turn = 0; turn < 40; turn++) {
    const handle = await frame.waitForFunction(() => {
      const q = (s) => document.querySelector(`[data-testid="${s}"]`);
      if (q('to-debrief')) return 'over';
      if (q('choice-1') && !q('typing')) return 'choices';
      return null;
    }, null, { timeout: TIMEOUT, polling: 'raf' });
    if ((await handle.jsonValue()) === 'over') return turn;
    const n = await frame.evaluate(() => {
      for (let i = 1; i <= 9; i++) {
        const el = document.querySelector(`[data-testid="choice-${i}"]`);
        if (el && el.getAttribute('aria-disabled') !== 'true' && !el.disabled) return i;
      }
      return 1;
    });
    const before = await frame.evaluate(() => document.querySelectorAll('[data-testid^="line-"]').length);
    await frame.locator(`[data-testid="choice-${n}"]`).focus();
    await page.keyboard.press(String(n));
    await frame.waitForFunction((b) => document.querySelectorAll('[data-testid^="line-"]').length > b, before, { timeout: TIMEOUT });
  }
  throw new Error('the contact did not end within 40 answers');
}

export const tests = [];
for (const format of ['scorm12', 'scorm2004']) {
  tests.push({
    name: `${format} package: a contact by keyboard in scorm-again, every answer recorded, resumed after a relaunch`,
    async run(ctx) {
      const course = serveCourse(ctx, format);
      try {
        assert.ok(course.names.includes('imsmanifest.xml'));
        const { page } = await ctx.open({ locale: 'nl-BE' });
        await page.goto(`${ctx.server.origin}${MOUNT}lms.html`);
        const frame = page.frameLocator('iframe');
        await frame.locator('[data-testid="screen-track"]').waitFor({ timeout: TIMEOUT });
        // The LMS's learner, in their language, and no profile screen.
        assert.equal(await frame.locator('[data-testid="screen-start"]').count(), 0);
        const inner = page.frames().find((f) => f.url().includes('/course/'));
        assert.equal(await inner.evaluate(() => document.documentElement.lang), 'nl', 'the LMS asked for Dutch');
        const storageUsed = () => inner.evaluate(() => Object.keys(localStorage).length);
        const answers = await playOneContact(page, inner);
        assert.ok(answers >= 2, `answers given: ${answers}`);
        const cmi = await page.evaluate(() => window.commits.at(-1));
        if (format === 'scorm12') {
          const c = cmi.cmi;
          assert.equal(c.core.lesson_status, 'incomplete', 'one of three steps done');
          const interactions = Object.values(c.interactions.childArray || c.interactions);
          assert.equal(interactions.length, answers, JSON.stringify(c.interactions));
          for (const i of interactions) {
            assert.equal(i.type, 'choice');
            assert.match(i.student_response, /^[a-z]$/, 'SCORM 1.2: one character');
            assert.match(i.id, /^hurried-routine\.[\w-]+\.customer-first$/, i.id);
          }
          assert.ok(c.suspend_data.length <= 4096, `suspend_data ${c.suspend_data.length}`);
          assert.ok(JSON.parse(c.suspend_data).results, c.suspend_data);
        } else {
          const c = cmi.cmi;
          assert.equal(c.completion_status, 'incomplete');
          const interactions = Object.values(c.interactions.childArray || c.interactions);
          assert.equal(interactions.length, answers);
          for (const i of interactions) {
            assert.equal(i.type, 'choice');
            assert.ok(i.learner_response.length > 0);
            assert.match(i.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
            assert.match(i.latency, /^PT/);
          }
          assert.ok(c.suspend_data.length <= 64000);
        }
        assert.equal(await storageUsed(), 0, 'nothing personal in the browser storage');

        // Start the next contact, answer once, and leave mid-contact.
        await inner.locator('[data-testid="to-debrief"]').focus();
        await page.keyboard.press('Enter');
        const back = inner.locator('[data-testid="back-to-track-rotation"], [data-testid="back-to-list"]').first();
        await back.waitFor({ timeout: TIMEOUT });
        await back.focus();
        await page.keyboard.press('Enter');
        await inner.locator('[data-testid="step-start-2"]').waitFor({ timeout: TIMEOUT });
        await inner.locator('[data-testid="step-start-2"]').focus();
        await page.keyboard.press('Enter');
        await inner.locator('[data-testid="choice-1"]').waitFor({ timeout: TIMEOUT });
        await inner.waitForFunction(() => !document.querySelector('[data-testid="typing"]'), null, { timeout: TIMEOUT });
        const said = await inner.locator('[data-testid="transcript"]').innerText();
        await inner.locator('[data-testid="choice-1"]').focus();
        await page.keyboard.press('1');
        await inner.waitForFunction((s) => document.querySelector('[data-testid="transcript"]').innerText !== s
          && document.querySelector('[data-testid="choice-1"]') && !document.querySelector('[data-testid="typing"]'), said, { timeout: TIMEOUT });
        const transcript = await inner.locator('[data-testid="transcript"]').innerText();
        const left = await page.evaluate(() => window.commits.at(-1));
        const suspend = JSON.parse(left.cmi.suspend_data);
        assert.equal(suspend.unfinished.scenario, 'cancel-subscription', left.cmi.suspend_data);

        // The LMS relaunches the course with what it kept.
        await page.evaluate((data) => sessionStorage.setItem('cmi', JSON.stringify(data.cmi)), left);
        await page.reload();
        const relaunched = page.frameLocator('iframe');
        await relaunched.locator('[data-testid="screen-contact"]').waitFor({ timeout: TIMEOUT });
        await relaunched.locator('[data-testid="choice-1"]').waitFor({ timeout: TIMEOUT });
        const reopened = page.frames().find((f) => f.url().includes('/course/'));
        await reopened.waitForFunction(() => !document.querySelector('[data-testid="typing"]'), null, { timeout: TIMEOUT });
        const again = await relaunched.locator('[data-testid="transcript"]').innerText();
        assert.equal(again, transcript, 'the contact resumes where it was left');
      } finally {
        ctx.server.unmount(MOUNT);
        fs.rmSync(course.dir, { recursive: true, force: true });
      }
    },
  });
}

tests.push({
  name: 'scorm2004 package behind a frame from another origin still finds the LMS',
  async run(ctx) {
    const course = serveCourse(ctx, 'scorm2004', { crossOrigin: true });
    try {
      const { page } = await ctx.open();
      await page.goto(`${ctx.server.origin}${MOUNT}lms.html`);
      let inner = null;
      await page.waitForFunction(() => true);
      for (let i = 0; i < 100 && !inner; i++) {
        inner = page.frames().find((f) => f.url().includes('/course/lms/'));
        if (!inner) await page.waitForTimeout(100);
      }
      assert.ok(inner, 'the course frame loads');
      assert.ok(inner.parentFrame().url().startsWith(ctx.server.origin.replace('127.0.0.1', 'localhost')), 'its parent is on another origin');
      await inner.locator('[data-testid="step-start-1"]').waitFor({ timeout: TIMEOUT });
      await inner.locator('[data-testid="step-start-1"]').focus();
      await page.keyboard.press('Enter');
      await inner.locator('[data-testid="choice-1"]').waitFor({ timeout: TIMEOUT });
      await inner.waitForFunction(() => !document.querySelector('[data-testid="typing"]'), null, { timeout: TIMEOUT });
      await inner.locator('[data-testid="choice-1"]').focus();
      await page.keyboard.press('1');
      await page.waitForFunction(() => window.commits.some((c) => Object.keys(c.cmi.interactions.childArray || c.cmi.interactions).length > 0),
        null, { timeout: TIMEOUT });
      const last = await page.evaluate(() => window.commits.at(-1));
      assert.equal(last.cmi.completion_status, 'incomplete');
    } finally {
      ctx.server.unmount(MOUNT);
      fs.rmSync(course.dir, { recursive: true, force: true });
    }
  },
});

// A track as the workshop exports it: a trainer's own order and house rules.
const TRAINERS_TRACK = {
  format: 1,
  id: 'billing-basics',
  title: { en: 'Billing basics', nl: 'Facturen de baas' },
  description: { en: 'A quick call, then a double charge.', nl: 'Een snel gesprek, dan een dubbele afschrijving.' },
  minutes: 12,
  steps: [
    { scenario: 'hurried-routine', policy: 'target-driven' },
    { scenario: 'double-charged', policy: 'customer-first' },
  ],
  mastery: { min_average_csat_tenths: 35 },
};

tests.push({
  name: 'scorm12 package of a track exported from the workshop plays its own steps under its own house rules',
  async run(ctx) {
    const course = serveCourse(ctx, 'scorm12', { track: TRAINERS_TRACK });
    try {
      assert.match(course.manifest, /lms\/index\.html\?track=billing-basics/);
      const { page } = await ctx.open();
      await page.goto(`${ctx.server.origin}${MOUNT}lms.html`);
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid="screen-track"]').waitFor({ timeout: TIMEOUT });
      const inner = page.frames().find((f) => f.url().includes('/course/'));
      // The track screen says "Tracks" until the index has arrived.
      await frame.locator('[data-testid="track-steps"]').waitFor({ timeout: TIMEOUT });
      // The LMS asked for Dutch: the trainer's Dutch title.
      assert.match(await inner.locator('h1').first().innerText(), /Facturen de baas/);
      const answers = await playOneContact(page, inner);
      const c = (await page.evaluate(() => window.commits.at(-1))).cmi;
      const interactions = Object.values(c.interactions.childArray || c.interactions);
      assert.equal(interactions.length, answers);
      for (const i of interactions) assert.match(i.id, /^hurried-routine\.[\w-]+\.target-driven$/, i.id);
      assert.equal(c.core.lesson_status, 'incomplete', 'one of two steps done');
    } finally {
      ctx.server.unmount(MOUNT);
      fs.rmSync(course.dir, { recursive: true, force: true });
    }
  },
});

// The shipped onboarding track ends with a shift of four customers: played
// in the LMS's one document, each customer fetched as the queue reaches
// them, every answer an interaction, and a relaunch mid-shift resumes the
// customer on the line.
tests.push({
  name: 'scorm12 package of onboarding plays its shift step by keyboard, every answer recorded, resumed mid-shift after a relaunch',
  async run(ctx) {
    const course = serveCourse(ctx, 'scorm12', { track: 'onboarding' });
    try {
      assert.match(course.manifest, /lms\/index\.html\?track=onboarding/);
      assert.ok(!course.names.some((n) => n.includes('library.')), 'no whole library in the package');
      const { page } = await ctx.open();
      await page.goto(`${ctx.server.origin}${MOUNT}lms.html`);
      // The LMS kept the six contacts done: the shift is next.
      const onboarding = JSON.parse(fs.readFileSync(path.join(ctx.root, 'assets', 'tracks', 'onboarding.json'), 'utf8'));
      const six = Object.fromEntries(onboarding.steps.filter((s) => s.scenario).map((s) => [`${s.scenario}@${s.policy}`, 40]));
      assert.equal(Object.keys(six).length, 6, 'six contact steps before the shift');
      await page.evaluate((results) => sessionStorage.setItem('cmi', JSON.stringify({ suspend_data: JSON.stringify({ v: 1, results }) })), six);
      await page.reload();
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid="step-7"][data-state="open"]').waitFor({ timeout: TIMEOUT });
      const inner = page.frames().find((f) => f.url().includes('/course/'));
      await inner.locator('[data-testid="step-start-7"]').focus();
      await page.keyboard.press('Enter');
      await inner.locator('[data-testid="screen-shift"]').waitFor({ timeout: TIMEOUT });
      assert.equal(await inner.locator('[data-testid="back-to-list"]').count(), 0, 'no way off the page');
      await inner.locator('[data-testid="start-shift"]').focus();
      await page.keyboard.press('Enter');
      await inner.locator('[data-testid="shift-next"]').waitFor({ timeout: TIMEOUT });
      assert.equal(await inner.locator('[data-testid="shift-progress"]').innerText(), '0 / 4', 'the step\'s four customers');
      await inner.locator('[data-testid="shift-next"]').focus();
      await page.keyboard.press('Enter');
      const answers = await answerUntilOver(page, inner);
      assert.ok(answers >= 1, `answers given: ${answers}`);
      assert.ok(inner.url().startsWith(`${ctx.server.origin}${MOUNT}course/lms/`), 'still the one document');
      const c = (await page.evaluate(() => window.commits.at(-1))).cmi;
      const interactions = Object.values(c.interactions.childArray || c.interactions);
      assert.equal(interactions.length, answers, JSON.stringify(c.interactions));
      for (const i of interactions) {
        assert.equal(i.type, 'choice');
        assert.match(i.student_response, /^[a-z]$/);
        assert.match(i.id, /^[\w-]+\.[\w-]+\.customer-first$/, i.id);
      }
      assert.equal(c.core.lesson_status, 'incomplete', 'the shift step is not done yet');
      assert.ok(c.suspend_data.length <= 4096, `suspend_data ${c.suspend_data.length}`);
      const during = JSON.parse(c.suspend_data);
      assert.equal(during.shift.queue.length, 4, c.suspend_data);
      assert.equal(Object.keys(during.results).length, 6);

      // Back to the shift, the next customer, one answer, and leave.
      await inner.locator('[data-testid="to-debrief"]').focus();
      await page.keyboard.press('Enter');
      await inner.waitForFunction(() => document.querySelector('[data-testid="shift-progress"]')?.innerText === '1 / 4', null, { timeout: TIMEOUT });
      await inner.locator('[data-testid="shift-next"]').waitFor({ timeout: TIMEOUT });
      await inner.locator('[data-testid="shift-next"]').focus();
      await page.keyboard.press('Enter');
      await inner.locator('[data-testid="choice-1"]').waitFor({ timeout: TIMEOUT });
      await inner.waitForFunction(() => !document.querySelector('[data-testid="typing"]'), null, { timeout: TIMEOUT });
      const said = await inner.locator('[data-testid="transcript"]').innerText();
      await inner.locator('[data-testid="choice-1"]').focus();
      await page.keyboard.press('1');
      await inner.waitForFunction((s) => document.querySelector('[data-testid="transcript"]').innerText !== s
        && (document.querySelector('[data-testid="choice-1"]') || document.querySelector('[data-testid="to-debrief"]'))
        && !document.querySelector('[data-testid="typing"]'), said, { timeout: TIMEOUT });
      const transcript = await inner.locator('[data-testid="transcript"]').innerText();
      const left = await page.evaluate(() => window.commits.at(-1));
      const kept = JSON.parse(left.cmi.suspend_data);
      assert.equal(kept.shift_contact.choices.length, 1, left.cmi.suspend_data);
      assert.equal(kept.shift_contact.scenario, kept.shift.queue[1].scenario);
      const recorded = Object.values(left.cmi.interactions.childArray || left.cmi.interactions).length;
      assert.equal(recorded, answers + 1, 'the second customer\'s answer too');
      assert.ok(left.cmi.suspend_data.length <= 4096);

      // The LMS relaunches the course with what it kept.
      await page.evaluate((data) => sessionStorage.setItem('cmi', JSON.stringify(data.cmi)), left);
      await page.reload();
      const relaunched = page.frameLocator('iframe');
      await relaunched.locator('[data-testid="screen-contact"]').waitFor({ timeout: TIMEOUT });
      const reopened = page.frames().find((f) => f.url().includes('/course/'));
      await reopened.waitForFunction((t) => document.querySelector('[data-testid="transcript"]')?.innerText === t
        && !document.querySelector('[data-testid="typing"]'), transcript, { timeout: TIMEOUT });
      assert.match(reopened.url(), /#\/play$/, 'the shift\'s customer on the line');
    } finally {
      ctx.server.unmount(MOUNT);
      fs.rmSync(course.dir, { recursive: true, force: true });
    }
  },
});
