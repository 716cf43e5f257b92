// A small LMS for the tests, in the cmi5 LMS's role (cmi5 spec, quartz):
// given a cmi5 package it reads cmi5.xml, makes a registration and a session,
// records the LMS's `launched` statement in Ralph and writes `LMS.LaunchData`
// (section 10) before it hands out the launch URL (8.1). Then it answers the
// AU as an LMS's xAPI endpoint does:
//
//   POST /fetch/<key>              the auth token, once (8.2); again: error-code 1
//   /xAPI/statements               passed on to Ralph (with the AU's token)
//   /xAPI/about                    its own answer (Ralph 5.1 has none)
//   /xAPI/activities/state         the State API, in memory (LMS.LaunchData is read-only)
//   /xAPI/agents/profile           cmi5LearnerPreferences (11), in memory
//   /return                        the returnURL page; `lms.returned` says it was shown
//
// from another origin than the package's, with CORS for that origin. When
// Ralph is stopped the statements answer 502, as an LMS whose LRS is gone
// (or, with `lms.outage = 'drop'`, the connection is cut, as an LRS that
// cannot be reached at all).
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { unzip } from './unzip.mjs';

export const XAPI_VERSION = '1.0.3';
export const CMI5 = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
  launchUrl: 'https://w3id.org/xapi/cmi5/context/extensions/launchurl',
  moveOn: 'https://w3id.org/xapi/cmi5/context/extensions/moveon',
  launchParameters: 'https://w3id.org/xapi/cmi5/context/extensions/launchparameters',
  launchData: 'LMS.LaunchData',
  preferences: 'cmi5LearnerPreferences',
};
const LMS_HOME = 'https://lms.frontline.invalid';
let mounts = 0;

/**
 * `frontline package --format cmi5` of a track (a shipped id or a file),
 * from the release binary and dist/: { zip, remove() }.
 */
export function cmi5Package(root, track = 'rotation', { xapiBase } = {}) {
  const frontline = path.join(process.env.CARGO_TARGET_DIR || path.join(root, 'target'), 'release', 'frontline');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-cmi5-zip-'));
  const zip = path.join(dir, 'course.zip');
  execFileSync(frontline, ['package', '--format', 'cmi5', '--track', track,
    '--dist', path.join(root, 'dist'), '--out', zip, ...(xapiBase ? ['--xapi-base', xapiBase] : [])],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  return { zip, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The course structure of a cmi5.xml: the course id and each AU. */
export function readCourseStructure(xml) {
  const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], unescape(m[2]).trim()]));
  const element = (body, name) => {
    const m = body.match(new RegExp(`<${name}(\\s[^>]*)?>([\\s\\S]*?)</${name}>`));
    return m ? unescape(m[2]).trim() : undefined;
  };
  const course = xml.match(/<course\s[^>]*>/);
  if (!course) throw new Error('cmi5.xml: no <course> element');
  const aus = [...xml.matchAll(/<au(\s[^>]*)>([\s\S]*?)<\/au>/g)].map((m) => {
    const a = attrs(m[1]);
    const url = element(m[2], 'url');
    if (!a.id || !url) throw new Error(`cmi5.xml: an <au> without id or url: ${m[0].slice(0, 120)}`);
    return {
      id: a.id,
      url,
      moveOn: a.moveOn || 'NotApplicable',
      masteryScore: a.masteryScore === undefined ? undefined : Number(a.masteryScore),
      launchMethod: a.launchMethod || 'AnyWindow',
      launchParameters: element(m[2], 'launchParameters'),
    };
  });
  if (!aus.length) throw new Error('cmi5.xml: no <au> element');
  return { id: attrs(course[0]).id, aus };
}

function unescape(s) {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Starts the LMS. Options:
 * - `ralph` (required): from startRalph() in lrs.mjs;
 * - `packageDir` (a folder with cmi5.xml) or `zip` (a package to unpack);
 * - `server`: the e2e static server, to serve the package under a mount of
 *   its own (default: a static server of its own on another port);
 * - `au`: index or id of the AU to launch (default the first);
 * - `lang`: the learner's languagePreference (default 'en'; null: no
 *   cmi5LearnerPreferences document at all); `audio`: 'on' | 'off';
 * - `launchMode` ('Normal'), `moveOn`, `masteryScore`, `launchParameters`
 *   (default: what cmi5.xml says), `returnUrl` (true: the launcher's page,
 *   a string: that, false: none), `actor`, `registration`;
 * - `origins`: the origins the AU may call from (default the package's).
 */
export async function startLauncher(options) {
  const { ralph, server } = options;
  if (!ralph) throw new Error('startLauncher: `ralph` is required');
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-cmi5-'));
  let packageDir = options.packageDir;
  if (!packageDir) {
    if (!options.zip) throw new Error('startLauncher: give `packageDir` or `zip`');
    packageDir = path.join(temp, 'package');
    unzip(options.zip, packageDir);
  }
  const course = readCourseStructure(fs.readFileSync(path.join(packageDir, 'cmi5.xml'), 'utf8'));
  const au = typeof options.au === 'string' ? course.aus.find((a) => a.id === options.au) : course.aus[options.au || 0];
  if (!au) throw new Error(`cmi5.xml has no AU ${options.au}`);

  // Where the package is served: a mount of the e2e server, or a server of its own.
  let contentBase;
  let ownContent = null;
  let mount = null;
  if (server) {
    mount = `/__cmi5__/${++mounts}/`;
    server.mount(mount, packageDir);
    contentBase = `${server.origin}${mount}`;
  } else {
    ownContent = await startServer(packageDir);
    contentBase = `${ownContent.origin}/`;
  }
  const auUrl = /^[a-z][a-z0-9+.-]*:/i.test(au.url) ? au.url : new URL(au.url, contentBase).href;
  const contentOrigin = new URL(auUrl).origin;
  const origins = new Set(options.origins || [contentOrigin, contentOrigin.replace('127.0.0.1', 'localhost')]);

  const lms = {
    course,
    au,
    publisherId: au.id,
    // 8.1.5: generated by the LMS, never the AU's own id, the same for every launch.
    activityId: `${LMS_HOME}/activities/au/${crypto.createHash('sha256').update(au.id).digest('hex').slice(0, 16)}`,
    actor: options.actor || { objectType: 'Agent', name: 'An Janssens', account: { homePage: LMS_HOME, name: 'learner-1' } },
    registration: options.registration || crypto.randomUUID(),
    preferences: options.lang === null ? null : {
      languagePreference: options.lang || 'en',
      ...(options.audio ? { audioPreference: options.audio } : {}),
    },
    /** Every request the AU made: { method, path, query, status }. */
    requests: [],
    /** 'bad-gateway' (502) or 'drop' (connection cut) while Ralph is stopped. */
    outage: 'bad-gateway',
    returned: false,
    returns: 0,
    sessions: [],
  };
  const state = new Map(); // key -> { contentType, body: Buffer, etag, updated }
  const profiles = new Map(); // agent|profileId -> { contentType, body, etag, updated }
  const fetchKeys = new Map(); // key -> { session, used }
  let session = null;

  const http_ = http.createServer((req, res) => handle(req, res).catch((e) => {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e && e.stack || e));
  }));
  await new Promise((resolve, reject) => {
    http_.once('error', reject);
    http_.listen(0, '127.0.0.1', resolve);
  });
  lms.url = `http://127.0.0.1:${http_.address().port}`;
  lms.endpoint = `${lms.url}/xAPI/`;
  // The e2e browser refuses other hosts than its server's: this one is ours.
  server?.allowHost?.(new URL(lms.url).host);

  async function handle(req, res) {
    const url = new URL(req.url, lms.url);
    const origin = req.headers.origin;
    const cors = {};
    if (origin && origins.has(origin)) {
      cors['access-control-allow-origin'] = origin;
      cors.vary = 'Origin';
      cors['access-control-expose-headers'] = 'ETag, Last-Modified, Content-Type, X-Experience-API-Version, X-Experience-API-Consistent-Through';
    }
    const entry = { method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0 };
    lms.requests.push(entry);
    const send = (status, body = '', headers = {}) => {
      entry.status = status;
      const buf = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      const type = headers['content-type'] || (typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json');
      res.writeHead(status, {
        ...cors, 'x-experience-api-version': XAPI_VERSION, 'cache-control': 'no-store',
        ...(status === 204 ? {} : { 'content-type': type, 'content-length': buf.length }), ...headers,
      });
      res.end(status === 204 ? undefined : buf);
    };
    if (req.method === 'OPTIONS') {
      entry.status = 204;
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers']
          || 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
        'access-control-max-age': '600',
      });
      return res.end();
    }
    const body = await readBody(req);

    if (url.pathname.startsWith('/fetch/')) {
      const key = fetchKeys.get(url.pathname.slice('/fetch/'.length));
      if (req.method !== 'POST') return send(405, { 'error-code': '2', 'error-text': 'The fetch URL takes a POST only.' }, { allow: 'POST, OPTIONS' });
      if (!key) return send(200, { 'error-code': '2', 'error-text': 'This fetch URL is not one the LMS made.' });
      if (key.used || key.session !== session) return send(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      key.used = true;
      return send(200, { 'auth-token': key.session.token });
    }
    if (url.pathname === '/return') {
      lms.returned = true;
      lms.returns++;
      return send(200, '<!doctype html><html lang="en"><title>Test LMS</title><h1 data-testid="lms-return">Back in the LMS</h1></html>',
        { 'content-type': 'text/html; charset=utf-8' });
    }
    if (url.pathname === '/xAPI/about') return send(200, { version: [XAPI_VERSION] });
    if (url.pathname === '/xAPI/statements' || url.pathname.startsWith('/xAPI/statements/')) {
      return proxy(req, res, url, body, entry, cors);
    }
    // The document APIs: the session's token only.
    if (!session || req.headers.authorization !== `Basic ${session.token}`) {
      return send(401, 'the Authorization header must carry the auth-token of this session');
    }
    if (url.pathname === '/xAPI/activities/state') return stateApi(req, url, body, send);
    if (url.pathname === '/xAPI/agents/profile') return profileApi(req, url, body, send);
    return send(404, `the test LMS has no ${url.pathname}`);
  }

  function proxy(req, res, url, body, entry, cors) {
    const target = new URL(url.pathname + url.search, ralph.url);
    const headers = {};
    for (const h of ['authorization', 'content-type', 'x-experience-api-version', 'if-match', 'if-none-match', 'accept']) {
      if (req.headers[h]) headers[h] = req.headers[h];
    }
    if (body.length) headers['content-length'] = body.length;
    return new Promise((resolve) => {
      const up = http.request(target, { method: req.method, headers }, (answer) => {
        entry.status = answer.statusCode;
        const out = { ...cors, 'x-experience-api-version': XAPI_VERSION };
        for (const h of ['content-type', 'etag', 'last-modified', 'x-experience-api-consistent-through']) {
          if (answer.headers[h]) out[h] = answer.headers[h];
        }
        res.writeHead(answer.statusCode, out);
        answer.pipe(res);
        answer.on('end', resolve);
      });
      up.on('error', (e) => {
        entry.status = lms.outage === 'drop' ? 0 : 502;
        entry.error = e.code || String(e);
        if (lms.outage === 'drop') res.socket?.destroy();
        else {
          res.writeHead(502, { ...cors, 'content-type': 'text/plain; charset=utf-8' });
          res.end(`the LRS cannot be reached (${e.code || e.message})`);
        }
        resolve();
      });
      up.end(body);
    });
  }

  function stateApi(req, url, body, send) {
    const q = url.searchParams;
    const activityId = q.get('activityId');
    const agent = parseAgent(q.get('agent'));
    if (!activityId || !agent) return send(400, 'activityId and agent (JSON) are required');
    const registration = q.get('registration') || '';
    const stateId = q.get('stateId');
    const prefix = `${activityId}|${agentKey(agent)}|${registration}|`;
    if (stateId === CMI5.launchData && req.method !== 'GET') {
      return send(403, 'LMS.LaunchData is the LMS\'s: the AU must not change it (cmi5 10.2.1)');
    }
    return documents(state, prefix, stateId, req, body, send);
  }

  function profileApi(req, url, body, send) {
    const q = url.searchParams;
    const agent = parseAgent(q.get('agent'));
    if (!agent) return send(400, 'agent (JSON) is required');
    return documents(profiles, `${agentKey(agent)}|`, q.get('profileId'), req, body, send);
  }

  // GET/PUT/POST/DELETE of one document (`id`) or, without an id, the list.
  function documents(store, prefix, id, req, body, send) {
    const key = prefix + id;
    const doc = store.get(key);
    switch (req.method) {
      case 'GET':
        if (id === null) return send(200, [...store.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
        if (!doc) return send(404, `no document ${id}`);
        return send(200, doc.body, { 'content-type': doc.contentType, etag: doc.etag, 'last-modified': doc.updated.toUTCString() });
      case 'PUT':
      case 'POST': {
        if (id === null) return send(400, 'a document id is required');
        const contentType = req.headers['content-type'] || 'application/octet-stream';
        let next = body;
        if (req.method === 'POST' && doc) {
          // xAPI: POST merges two JSON objects, and is refused for anything else.
          const [a, b] = [safeJson(doc.body), safeJson(body)];
          if (!isObject(a) || !isObject(b)) return send(400, 'POST merges JSON objects only');
          next = Buffer.from(JSON.stringify({ ...a, ...b }));
        }
        store.set(key, { contentType: req.method === 'POST' && doc ? 'application/json' : contentType, body: next, etag: `"${sha1(next)}"`, updated: new Date() });
        return send(204);
      }
      case 'DELETE':
        if (id === null) {
          for (const k of [...store.keys()]) if (k.startsWith(prefix)) store.delete(k);
        } else {
          store.delete(key);
        }
        return send(204);
      default:
        return send(405, `${req.method} is not part of this API`);
    }
  }

  function putDocument(store, key, value) {
    const body = Buffer.from(JSON.stringify(value));
    store.set(key, { contentType: 'application/json', body, etag: `"${sha1(body)}"`, updated: new Date() });
  }

  /** A new session: session id, fetch URL, LMS.LaunchData, `launched`; the launch URL. */
  lms.launch = async (overrides = {}) => {
    const o = { ...options, ...overrides };
    const sessionId = crypto.randomUUID();
    const key = crypto.randomBytes(12).toString('hex');
    const launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: au.id }] },
        extensions: { [CMI5.sessionId]: sessionId },
      },
      launchMode: o.launchMode || 'Normal',
      moveOn: o.moveOn || au.moveOn,
    };
    const masteryScore = o.masteryScore !== undefined ? o.masteryScore : au.masteryScore;
    if (masteryScore !== undefined && masteryScore !== null) launchData.masteryScore = masteryScore;
    const launchParameters = o.launchParameters !== undefined ? o.launchParameters : au.launchParameters;
    if (launchParameters !== undefined) launchData.launchParameters = launchParameters;
    const returnUrl = o.returnUrl === undefined || o.returnUrl === true ? `${lms.url}/return` : o.returnUrl;
    if (returnUrl) launchData.returnURL = returnUrl;
    putDocument(state, `${lms.activityId}|${agentKey(lms.actor)}|${lms.registration}|${CMI5.launchData}`, launchData);
    // The learner's preferences: set at the first launch, or when a relaunch
    // asks for others; otherwise what the AU may have written stays.
    const preferencesKey = `${agentKey(lms.actor)}|${CMI5.preferences}`;
    if ('lang' in overrides || 'audio' in overrides) {
      lms.preferences = o.lang === null ? null : { languagePreference: o.lang || 'en', ...(o.audio ? { audioPreference: o.audio } : {}) };
      profiles.delete(preferencesKey);
    }
    if (lms.preferences && !profiles.has(preferencesKey)) putDocument(profiles, preferencesKey, lms.preferences);

    const params = new URLSearchParams({
      endpoint: lms.endpoint,
      fetch: `${lms.url}/fetch/${key}`,
      actor: JSON.stringify(lms.actor),
      registration: lms.registration,
      activityId: lms.activityId,
    });
    const launchUrl = `${auUrl}${auUrl.includes('?') ? '&' : '?'}${params}`;
    const next = { sessionId, token: ralph.users.game.token, fetchUrl: params.get('fetch'), launchUrl, launchData };
    // 9.3.1: recorded before the AU is launched, by the LMS itself.
    const launched = {
      id: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      actor: lms.actor,
      verb: { id: CMI5.launched, display: { 'en-US': 'launched' } },
      object: { objectType: 'Activity', id: lms.activityId },
      context: {
        registration: lms.registration,
        contextActivities: { category: [{ objectType: 'Activity', id: CMI5.category }], grouping: [{ objectType: 'Activity', id: au.id }] },
        extensions: {
          [CMI5.sessionId]: sessionId,
          [CMI5.launchMode]: launchData.launchMode,
          [CMI5.launchUrl]: auUrl,
          [CMI5.moveOn]: launchData.moveOn,
          ...(launchData.masteryScore !== undefined ? { [CMI5.masteryScore]: launchData.masteryScore } : {}),
          ...(launchData.launchParameters !== undefined ? { [CMI5.launchParameters]: launchData.launchParameters } : {}),
        },
      },
    };
    const r = await ralph.post(launched, 'lms');
    if (r.status !== 200) throw new Error(`the LMS could not record "launched" in Ralph: ${r.status} ${r.text}`);
    session = next;
    fetchKeys.set(key, { session: next, used: false });
    lms.sessions.push(next);
    Object.assign(lms, { sessionId, launchUrl, fetchUrl: next.fetchUrl, launchData, launchedStatement: launched });
    return launchUrl;
  };
  /**
   * Another session of the same registration (a relaunch); `overrides`
   * takes the options of startLauncher (launchMode, lang, returnUrl, ...).
   */
  lms.relaunch = (overrides) => lms.launch(overrides);
  /** The registration's statements in Ralph, oldest first (see ralph.statements). */
  lms.statements = (params = {}) => ralph.statements({ registration: lms.registration, ...params });
  /**
   * Waits until `check(statements)` (the registration's, oldest first) is
   * true, polling Ralph: the AU sends in its own time. The statements.
   */
  lms.waitForStatements = async (check, { timeout = 15000, params = {} } = {}) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const all = await lms.statements(params);
      if (check(all)) return all;
      if (Date.now() > deadline) {
        throw new Error(`waited ${timeout} ms for the statements; Ralph has ${all.length}: ${all.map((s) => s.verb.id.split('/').pop()).join(', ')}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  /** A state document as the AU left it (parsed JSON when it is JSON), or undefined. */
  lms.stateDocument = (stateId, registration = lms.registration) => {
    const doc = state.get(`${lms.activityId}|${agentKey(lms.actor)}|${registration}|${stateId}`);
    return doc && (safeJson(doc.body) ?? doc.body.toString());
  };
  /** The learner's cmi5LearnerPreferences as it is now. */
  lms.learnerPreferences = () => {
    const doc = profiles.get(`${agentKey(lms.actor)}|${CMI5.preferences}`);
    return doc && safeJson(doc.body);
  };
  lms.close = async () => {
    server?.disallowHost?.(new URL(lms.url).host);
    if (mount) server.unmount(mount);
    await new Promise((r) => { http_.closeAllConnections?.(); http_.close(() => r()); });
    if (ownContent) await ownContent.close();
    fs.rmSync(temp, { recursive: true, force: true });
  };

  try {
    if (options.launch !== false) await lms.launch();
  } catch (e) {
    await lms.close();
    throw e;
  }
  return lms;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseAgent(text) {
  const agent = text && safeJson(Buffer.from(text));
  return isObject(agent) ? agent : null;
}

// An agent by its inverse functional identifier, whatever else it carries.
function agentKey(agent) {
  if (agent.account) return `account:${agent.account.homePage}|${agent.account.name}`;
  for (const ifi of ['mbox', 'mbox_sha1sum', 'openid']) if (agent[ifi]) return `${ifi}:${agent[ifi]}`;
  return JSON.stringify(agent);
}

const sha1 = (buf) => crypto.createHash('sha1').update(buf).digest('hex');
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function safeJson(buf) {
  try { return JSON.parse(buf.toString()); } catch { return null; }
}
