// The real learning record store and the test LMS (issue 19): Ralph started
// from its venv, the cmi5 launcher in front of it, and a page in Chromium,
// on the package's origin, talking to them as an AU does: the one-time
// token, LMS.LaunchData, the learner's preferences, a statement through the
// LMS into Ralph and back, valid by xapi-validation; Ralph stopped, the
// statement refused; Ralph back, the same statement sent again stored once.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { BLANK_PATH } from '../lib/server.mjs';
import { startRalph } from '../lib/lrs.mjs';
import { startLauncher, cmi5Package, CMI5 } from '../lib/cmi5-launcher.mjs';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

// What an AU does in the page: everything from the launch URL only.
async function asTheAu(page, launchUrl, step, arg) {
  return page.evaluate(async ({ launchUrl, step, arg }) => {
    const q = new URL(launchUrl).searchParams;
    const endpoint = q.get('endpoint');
    const actor = q.get('actor');
    const registration = q.get('registration');
    const activityId = q.get('activityId');
    const headers = () => ({ authorization: `Basic ${window.token}`, 'x-experience-api-version': '1.0.3' });
    const doc = (api, params) => `${endpoint}${api}?${new URLSearchParams(params)}`;
    const state = { activityId, agent: actor, registration };
    switch (step) {
      case 'fetch': {
        const first = await (await fetch(q.get('fetch'), { method: 'POST' })).json();
        const again = await (await fetch(q.get('fetch'), { method: 'POST' })).json();
        window.token = first['auth-token'];
        return { first, again };
      }
      case 'documents': {
        const launchData = await fetch(doc('activities/state', { ...state, stateId: 'LMS.LaunchData' }), { headers: headers() });
        const prefs = await fetch(doc('agents/profile', { agent: actor, profileId: 'cmi5LearnerPreferences' }), { headers: headers() });
        const put = await fetch(doc('activities/state', { ...state, stateId: 'frontline.progress' }), {
          method: 'PUT', headers: { ...headers(), 'content-type': 'application/json' }, body: JSON.stringify({ contact: 1 }),
        });
        const back = await fetch(doc('activities/state', { ...state, stateId: 'frontline.progress' }), { headers: headers() });
        const overwrite = await fetch(doc('activities/state', { ...state, stateId: 'LMS.LaunchData' }), {
          method: 'PUT', headers: { ...headers(), 'content-type': 'application/json' }, body: '{}',
        });
        const anonymous = await fetch(doc('activities/state', { ...state, stateId: 'LMS.LaunchData' }));
        const about = await (await fetch(`${endpoint}about`)).json();
        return {
          launchData: await launchData.json(), prefs: await prefs.json(), put: put.status, back: await back.json(),
          overwrite: overwrite.status, anonymous: anonymous.status, about, version: launchData.headers.get('x-experience-api-version'),
        };
      }
      case 'post': {
        try {
          const r = await fetch(`${endpoint}statements`, {
            method: 'POST', headers: { ...headers(), 'content-type': 'application/json' }, body: JSON.stringify(arg),
          });
          return { status: r.status, body: await r.text() };
        } catch (e) {
          return { error: String(e) };
        }
      }
      case 'read': {
        const r = await fetch(`${endpoint}statements?${new URLSearchParams({ registration })}`, { headers: headers() });
        return { status: r.status };
      }
      default:
        throw new Error(step);
    }
  }, { launchUrl, step, arg });
}

export const tests = [
  {
    name: 'lrs: the test LMS hands an AU in Chromium its token and launch data, its statements reach Ralph once, also across an outage',
    async run(ctx) {
      const pkg = cmi5Package(ctx.root);
      let ralph = null;
      let lms = null;
      try {
        ralph = await startRalph({ server: ctx.server });
        lms = await startLauncher({ ralph, server: ctx.server, zip: pkg.zip, lang: 'nl-NL,en' });
        const launch = new URL(lms.launchUrl);
        assert.equal(`${launch.origin}${launch.pathname}`, `${ctx.server.origin}${launch.pathname}`, 'the AU is served by the e2e server');
        assert.match(launch.pathname, /\/lms\/index\.html$/);
        assert.equal(launch.searchParams.get('track'), 'rotation', "the AU's own query is kept");
        assert.equal(launch.searchParams.get('endpoint'), lms.endpoint);
        assert.notEqual(launch.searchParams.get('activityId'), lms.publisherId, 'cmi5 8.1.5: not the publisher id');

        const { page } = await ctx.open();
        await page.goto(`${ctx.server.origin}${BLANK_PATH}`);

        // 8.2: one token, then error-code 1.
        const fetched = await asTheAu(page, lms.launchUrl, 'fetch');
        assert.equal(fetched.first['auth-token'], ralph.users.game.token);
        assert.equal(fetched.again['error-code'], '1', JSON.stringify(fetched.again));
        assert.equal(fetched.again['auth-token'], undefined);

        // 10 and 11: the documents the LMS wrote; the AU's own; LaunchData read-only.
        const docs = await asTheAu(page, lms.launchUrl, 'documents');
        assert.equal(docs.launchData.contextTemplate.extensions[CMI5.sessionId], lms.sessionId);
        assert.deepEqual(docs.launchData.contextTemplate.contextActivities.grouping, [{ objectType: 'Activity', id: lms.publisherId }]);
        assert.equal(docs.launchData.launchMode, 'Normal');
        assert.equal(docs.launchData.moveOn, lms.au.moveOn);
        assert.equal(docs.launchData.returnURL, `${lms.url}/return`);
        assert.equal(docs.prefs.languagePreference, 'nl-NL,en');
        assert.equal(docs.put, 204);
        assert.deepEqual(docs.back, { contact: 1 });
        assert.deepEqual(lms.stateDocument('frontline.progress'), { contact: 1 });
        assert.equal(docs.overwrite, 403, 'LMS.LaunchData is not the AU\'s to change');
        assert.equal(docs.anonymous, 401, 'no token, no documents');
        assert.deepEqual(docs.about.version, ['1.0.3']);
        assert.equal(docs.version, '1.0.3');
        // CORS. The page read every answer above, so each carried the
        // page's origin; the preflights, though, Playwright answers itself
        // while it routes requests (as the e2e guard does): asked here.
        const preflight = async (url, origin) => (await fetch(url, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-experience-api-version' },
        })).headers;
        for (const url of [`${lms.endpoint}statements`, `${ralph.endpoint}statements`]) {
          const allowed = await preflight(url, ctx.server.origin);
          assert.equal(allowed.get('access-control-allow-origin'), ctx.server.origin, url);
          assert.match(allowed.get('access-control-allow-headers'), /authorization/i, url);
          assert.equal((await preflight(url, 'http://elsewhere.invalid')).get('access-control-allow-origin'), null, url);
        }

        // A statement through the LMS into Ralph, and back.
        const statement = (verb, extra = {}) => ({
          id: crypto.randomUUID(),
          timestamp: new Date().toISOString(),
          actor: JSON.parse(launch.searchParams.get('actor')),
          verb: { id: verb, display: { 'en-US': verb.split('/').pop() } },
          object: { objectType: 'Activity', id: launch.searchParams.get('activityId') },
          context: { ...structuredClone(docs.launchData.contextTemplate), registration: lms.registration },
          ...extra,
        });
        const initialized = statement('http://adlnet.gov/expapi/verbs/initialized');
        initialized.context.contextActivities.category = [{ objectType: 'Activity', id: CMI5.category }];
        const posted = await asTheAu(page, lms.launchUrl, 'post', initialized);
        assert.equal(posted.status, 200, JSON.stringify(posted));
        assert.deepEqual(JSON.parse(posted.body), [initialized.id]);
        assert.equal((await asTheAu(page, lms.launchUrl, 'read')).status, 401, 'the game\'s user may write, not read');

        // Ralph goes away mid-contact: the answer is refused, as by an LMS without its LRS...
        const answered = statement('http://adlnet.gov/expapi/verbs/answered', { result: { response: 'b' } });
        await ralph.stop();
        const refused = await asTheAu(page, lms.launchUrl, 'post', answered);
        assert.equal(refused.status, 502, JSON.stringify(refused));
        // ...or as by an LRS that cannot be reached at all.
        lms.outage = 'drop';
        const cut = await asTheAu(page, lms.launchUrl, 'post', answered);
        assert.match(cut.error || '', /TypeError|Failed to fetch/, JSON.stringify(cut));
        lms.outage = 'bad-gateway';
        // ...and comes back with what it had: the same statement twice is stored once.
        await ralph.start();
        const resent = await asTheAu(page, lms.launchUrl, 'post', answered);
        assert.equal(resent.status, 200, JSON.stringify(resent));
        const twice = await asTheAu(page, lms.launchUrl, 'post', answered);
        assert.equal(twice.status, 204, `a statement Ralph has: ${JSON.stringify(twice)}`);

        const stored = await lms.waitForStatements((all) => all.length >= 3);
        assert.deepEqual(stored.map((s) => s.verb.id), [CMI5.launched, initialized.verb.id, answered.verb.id]);
        assert.deepEqual(stored.map((s) => s.id), [lms.launchedStatement.id, initialized.id, answered.id]);
        for (const s of stored) assert.deepEqual(validate(s), [], JSON.stringify(s));
        assert.equal(stored[0].authority.account.name, 'lms', '`launched` is the LMS\'s');
        assert.equal(stored[1].authority.account.name, 'game');
        const launched = stored[0].context.extensions;
        assert.equal(launched[CMI5.sessionId], lms.sessionId);
        assert.equal(launched[CMI5.launchMode], 'Normal');
        assert.equal(launched[CMI5.moveOn], lms.au.moveOn);
        assert.equal(launched[CMI5.launchUrl], `${launch.origin}${launch.pathname}?track=rotation`);
        // Paging: the same three, one per page.
        assert.deepEqual((await lms.statements({ limit: 1 })).map((s) => s.id), stored.map((s) => s.id));
        assert.ok(ralph.pagesRead >= 3, `pages read: ${ralph.pagesRead}`);

        // A trainer's page reads Ralph itself, across origins (Ralph's own CORS).
        const direct = await page.evaluate(async ({ url, authorization }) => {
          const r = await fetch(url, { headers: { authorization, 'x-experience-api-version': '1.0.3' } });
          return { status: r.status, ids: (await r.json()).statements.map((s) => s.id) };
        }, { url: `${ralph.endpoint}statements?registration=${lms.registration}`, authorization: ralph.users.trainer.authorization });
        assert.equal(direct.status, 200);
        assert.deepEqual(direct.ids.sort(), stored.map((s) => s.id).sort());

        // The return URL is the LMS's page.
        await page.goto(docs.launchData.returnURL);
        await page.locator('[data-testid="lms-return"]').waitFor();
        assert.equal(lms.returned, true);
      } catch (e) {
        if (ralph) console.log(`     Ralph's log:\n${ralph.log().split('\n').slice(-30).map((l) => `       ${l}`).join('\n')}`);
        throw e;
      } finally {
        await lms?.close();
        await ralph?.close();
        pkg.remove();
      }
    },
  },
];
