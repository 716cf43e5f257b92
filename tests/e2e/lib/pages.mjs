// Page objects over the UI contract (notes/ui-contract.md): tests speak in
// screens and intents, selectors live only here. Everything is driven by the
// keyboard: Tab moves focus, Enter/Space activate, digits pick answers.

export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 15000);

const sel = (id) => `[data-testid="${id}"]`;

export class App {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  testId(id) {
    return this.page.locator(sel(id));
  }

  async goto(hash = '#/') {
    await this.page.goto(`${this.origin}/${hash}`);
  }

  async waitFor(id, state = 'visible', timeout = TIMEOUT) {
    await this.testId(id).first().waitFor({ state, timeout });
  }

  async currentScreen(timeout = TIMEOUT) {
    const screens = ['start', 'scenarios', 'contact', 'debrief', 'scores'];
    const handle = await this.page.waitForFunction(
      (ids) => ids.find((s) => document.querySelector(`[data-testid="screen-${s}"]`)) || null,
      screens,
      { timeout, polling: 'raf' },
    );
    return handle.jsonValue();
  }

  /**
   * Press Tab until keyboard focus is on (or inside) the element with this
   * test id. Proves the control is reachable by keyboard. Inside a radio
   * group, Tab stops once per group, so arrow keys move to the wanted radio.
   */
  async tabTo(id, { max = 120 } = {}) {
    await this.waitFor(id);
    const trail = [];
    for (let i = 0; i <= max; i++) {
      const where = await this.page.evaluate((testid) => {
        const a = document.activeElement;
        const target = document.querySelector(`[data-testid="${testid}"]`);
        if (!a || !target) return { on: false, desc: String(a && a.tagName) };
        const on = a.closest(`[data-testid="${testid}"]`) !== null ||
          [...(a.labels || [])].some((l) => l.closest(`[data-testid="${testid}"]`));
        let targetInput = target.matches('input') ? target : target.querySelector('input');
        if (!targetInput && target.htmlFor) targetInput = document.getElementById(target.htmlFor);
        const sameRadioGroup = !on && a.type === 'radio' && targetInput && targetInput.type === 'radio' &&
          a.name && a.name === targetInput.name;
        const desc = `${a.tagName.toLowerCase()}${a.dataset.testid ? '[' + a.dataset.testid + ']' : ''}`;
        return { on, sameRadioGroup, desc };
      }, id);
      if (where.on) return;
      trail.push(where.desc);
      if (where.sameRadioGroup) await this.page.keyboard.press('ArrowDown');
      else await this.page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${id} with Tab in ${max} presses; focus went: ${trail.slice(0, 40).join(' > ')}`);
  }

  async activate(id, key = 'Enter') {
    await this.tabTo(id);
    await this.page.keyboard.press(key);
  }

  async chooseLanguage(lang) {
    await this.activate(`lang-${lang}`);
    await this.page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang, { timeout: TIMEOUT });
  }

  async openScores() {
    await this.activate('nav-scores');
    await this.waitFor('screen-scores');
  }

  async goHome() {
    await this.activate('nav-home');
  }

  async readStorage(key) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }
}

export class StartScreen {
  constructor(app) {
    this.app = app;
  }

  async waitReady() {
    await this.app.waitFor('screen-start');
  }

  async createProfile(name) {
    await this.app.tabTo('profile-name');
    await this.app.page.keyboard.type(name);
    await this.app.activate('profile-create');
    await this.app.waitFor(`profile-select-${name}`);
  }

  async choosePolicy(policy) {
    await this.app.tabTo(`policy-${policy}`);
    await this.app.page.keyboard.press('Space');
    await this.app.page.waitForFunction((p) => {
      const el = document.querySelector(`[data-testid="policy-${p}"]`);
      const input = el && (el.matches('input') ? el : el.querySelector('input'));
      return input ? input.checked : el && el.getAttribute('aria-checked') === 'true';
    }, policy, { timeout: TIMEOUT });
  }

  /** Turn the customer's typing delay on or off (checkbox `typing-toggle`). */
  async setTypingDelay(on) {
    const checked = await this.app.page.evaluate(() => {
      const el = document.querySelector('[data-testid="typing-toggle"]');
      const input = el && (el.matches('input') ? el : el.querySelector('input'));
      return input ? input.checked : el && el.getAttribute('aria-checked') === 'true';
    });
    if (checked !== on) {
      await this.app.tabTo('typing-toggle');
      await this.app.page.keyboard.press('Space');
    }
  }

  async start() {
    await this.app.page.waitForFunction(() => {
      const b = document.querySelector('[data-testid="start-button"]');
      return b && !b.disabled && b.getAttribute('aria-disabled') !== 'true';
    }, null, { timeout: TIMEOUT });
    await this.app.activate('start-button');
    await this.app.waitFor('screen-scenarios');
  }
}

export class ScenarioList {
  constructor(app) {
    this.app = app;
  }

  async waitReady() {
    await this.app.waitFor('screen-scenarios');
  }

  async ids() {
    await this.app.page.waitForFunction(() => document.querySelector('[data-testid^="scenario-"]'), null, { timeout: TIMEOUT });
    return this.app.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="scenario-"]')]
        .map((e) => e.dataset.testid.slice('scenario-'.length))
        .filter((id) => id !== ''));
  }

  async open(id) {
    await this.app.activate(`scenario-${id}`);
    await this.app.waitFor('screen-contact');
  }

  async resume(id) {
    await this.app.activate(`resume-${id}`);
    await this.app.waitFor('screen-contact');
  }

  async best(id, policy) {
    // Scenarios load after the list screen itself; wait for this one's entry.
    await this.app.waitFor(`scenario-${id}`);
    const el = this.app.testId(`best-${id}-${policy}`);
    if ((await el.count()) === 0) return null;
    return (await el.first().innerText()).trim();
  }
}

export class ContactScreen {
  constructor(app) {
    this.app = app;
  }

  /**
   * Wait until the player can act: the typing indicator is gone and choices
   * are shown, or the contact has ended and the debrief is on screen.
   * Returns 'choices' or 'debrief'.
   */
  async waitForTurn({ customerLinesAbove = -1, linesAbove = -1 } = {}) {
    const handle = await this.app.page.waitForFunction(({ customerLinesAbove, linesAbove }) => {
      const q = (id) => document.querySelector(`[data-testid="${id}"]`);
      if (q('screen-debrief')) return 'debrief';
      const customer = document.querySelectorAll('[data-testid="line-customer"]').length;
      const all = document.querySelectorAll('[data-testid^="line-"]').length;
      const typing = q('typing');
      const typingShown = typing && typing.offsetParent !== null;
      if (!typingShown && q('choice-1') && customer > customerLinesAbove && all > linesAbove) return 'choices';
      for (const id of ['to-debrief', 'see-debrief', 'open-debrief', 'contact-debrief']) {
        if (q(id) && all > linesAbove && !typingShown) return 'ended:' + id;
      }
      return null;
    }, { customerLinesAbove, linesAbove }, { timeout: TIMEOUT, polling: 'raf' });
    const turn = await handle.jsonValue();
    if (turn.startsWith('ended:')) {
      await this.app.activate(turn.slice('ended:'.length));
      await this.app.waitFor('screen-debrief');
      return 'debrief';
    }
    return turn;
  }

  async choices() {
    return this.app.page.evaluate(() => {
      const out = [];
      for (let n = 1; n <= 5; n++) {
        const el = document.querySelector(`[data-testid="choice-${n}"]`);
        if (!el) break;
        const locked = el.getAttribute('aria-disabled') === 'true' || el.disabled === true;
        const reason = document.querySelector(`[data-testid="choice-lock-${n}"]`);
        out.push({
          n,
          locked,
          text: el.innerText.trim(),
          reason: reason ? reason.innerText.trim() : null,
          reasonVisible: !!reason && reason.getClientRects().length > 0,
          tag: el.tagName.toLowerCase(),
        });
      }
      return out;
    });
  }

  async state() {
    return this.app.page.evaluate(() => {
      const meter = (id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (!el) return null;
        return {
          role: el.getAttribute('role'),
          now: el.getAttribute('aria-valuenow'),
          min: el.getAttribute('aria-valuemin'),
          max: el.getAttribute('aria-valuemax'),
          text: el.innerText.trim(),
        };
      };
      const lines = [...document.querySelectorAll('[data-testid^="line-"]')]
        .map((e) => `${e.dataset.testid}: ${e.innerText.trim()}`);
      const t = document.querySelector('[data-testid="transcript"]');
      return {
        lines,
        mood: meter('meter-mood'),
        patience: meter('meter-patience'),
        transcriptRole: t && t.getAttribute('role'),
        transcriptLive: t && t.getAttribute('aria-live'),
        clock: document.querySelector('[data-testid="clock"]')?.innerText.trim() ?? null,
        alias: document.querySelector('[data-testid="alias"]')?.innerText.trim() ?? null,
      };
    });
  }

  async counts() {
    return this.app.page.evaluate(() => ({
      customer: document.querySelectorAll('[data-testid="line-customer"]').length,
      all: document.querySelectorAll('[data-testid^="line-"]').length,
    }));
  }

  /** Pick choice n with its digit key and wait for the next turn. */
  async pick(n) {
    const before = await this.counts();
    await this.app.page.keyboard.press(String(n));
    return this.waitForTurn({ customerLinesAbove: before.customer, linesAbove: before.all });
  }

  /** Answer with the first choice that is not locked, turn after turn. */
  async playToDebrief({ maxTurns = 60, onTurn } = {}) {
    let turn = await this.waitForTurn();
    const picked = [];
    for (let i = 0; turn === 'choices'; i++) {
      if (i >= maxTurns) throw new Error(`no debrief after ${maxTurns} answers`);
      const choices = await this.choices();
      const first = choices.find((c) => !c.locked);
      if (!first) throw new Error(`every choice locked: ${JSON.stringify(choices)}`);
      if (onTurn) await onTurn(i, choices);
      picked.push(first.n);
      turn = await this.pick(first.n);
    }
    return picked;
  }
}

export class DebriefScreen {
  constructor(app) {
    this.app = app;
  }

  async waitReady() {
    await this.app.waitFor('screen-debrief');
  }

  async read() {
    return this.app.page.evaluate(() => {
      const txt = (id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        return el ? el.innerText.trim() : null;
      };
      const visible = (id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        return !!el && el.getClientRects().length > 0;
      };
      return {
        manager: txt('scorecard-manager'),
        customer: txt('scorecard-customer'),
        managerVisible: visible('scorecard-manager'),
        customerVisible: visible('scorecard-customer'),
        csat: txt('csat'),
        nps: txt('nps'),
        fcr: txt('fcr'),
        handleTime: txt('handle-time'),
        goodwill: txt('goodwill'),
        stress: txt('stress'),
        chartLabel: document.querySelector('[data-testid="mood-chart"]')?.getAttribute('aria-label') ?? null,
        review: txt('choice-review'),
        standing: txt('standing'),
        headings: [...document.querySelectorAll('h1, h2, h3')].map((h) => h.innerText.trim()),
        body: document.body.innerText,
      };
    });
  }
}
