// Multi-screen steps shared by several tests, all keyboard only.
import assert from 'node:assert/strict';
import { StartScreen, ScenarioList, ContactScreen, TIMEOUT } from './pages.mjs';

/** From a fresh load to the scenario list with a new profile and a policy. */
export async function setUpPlayer(app, { lang = 'en', name = 'Sam', policy = 'customer-first', typing = null } = {}) {
  await app.goto('#/');
  const start = new StartScreen(app);
  await start.waitReady();
  await app.chooseLanguage(lang);
  const pressed = await app.testId(`lang-${lang}`).first().getAttribute('aria-pressed');
  assert.equal(pressed, 'true', `lang-${lang} should have aria-pressed="true"`);
  await start.createProfile(name);
  await start.choosePolicy(policy);
  if (typing !== null) await start.setTypingDelay(typing);
  await start.start();
  return new ScenarioList(app);
}

export async function assertLang(page, lang) {
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  assert.ok(htmlLang.startsWith(lang), `html[lang] is "${htmlLang}", expected "${lang}"`);
}

export function firstNumber(text) {
  const m = /(-?\d+(?:[.,]\d+)?)/.exec(text || '');
  return m ? Number(m[1].replace(',', '.')) : NaN;
}

/** On the contact screen: take the first open answer until the contact ends. */
export async function playToTheEnd(app, page) {
  const contact = new ContactScreen(app);
  await app.waitFor('screen-contact');
  for (let turn = 0; ; turn++) {
    assert.ok(turn < 40, 'the contact ends');
    const state = await page.waitForFunction(() => {
      const q = (s) => document.querySelector(`[data-testid="${s}"]`);
      if (q('to-debrief')) return 'over';
      if (q('choice-1') && !q('typing')) return 'choices';
      return null;
    }, null, { timeout: TIMEOUT, polling: 'raf' });
    if ((await state.jsonValue()) === 'over') return;
    const first = (await contact.choices()).find((x) => !x.locked);
    const before = await contact.counts();
    await page.keyboard.press(String(first.n));
    await page.waitForFunction((b) => document.querySelectorAll('[data-testid^="line-"]').length > b,
      before.all, { timeout: TIMEOUT });
  }
}
