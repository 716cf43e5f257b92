// Ralph, a real learning record store (issue 19), for the tests that need
// one: started from the venv scripts/setup.sh installs (tests/lrs/), with
// its file-system backend in a fresh folder, on a free port of 127.0.0.1.
// It can be stopped and started again on the same port and data, as an LRS
// that goes away in the middle of a contact and comes back.
//
//   const ralph = await startRalph({ server: ctx.server });   // or { corsOrigins: [...] }
//   ralph.endpoint            'http://127.0.0.1:PORT/xAPI/' (Ralph's xAPI base)
//   ralph.users.game          { username, password, token, authorization }: may only write statements
//   ralph.users.lms           the LMS's own writer (its `launched` statements)
//   ralph.users.trainer       may read every statement
//   await ralph.statements({ registration, verb, ... })   all of them, every page
//   await ralph.stop(); await ralph.start(); await ralph.close();
//
// Ralph runs as `uvicorn ralph.api:app` does, but through
// tests/lrs/frontline_ralph.py, which makes its file backend append (in
// 5.1.0 it stores the first POST only: see there).
//
// Ralph 5.1 serves only the Statements API (no /about, no State or Agent
// Profile API) under /xAPI/statements; it neither needs nor sends the
// X-Experience-API-Version header. Scopes are enforced
// (RALPH_LRS_RESTRICT_BY_SCOPES, which needs RALPH_LRS_RESTRICT_BY_AUTHORITY).
import { spawn, execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'lrs');

/** The venv of scripts/setup.sh (`ralph_venv` there). */
export function ralphVenv() {
  if (process.env.FRONTLINE_RALPH_VENV) return process.env.FRONTLINE_RALPH_VENV;
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'frontline', 'ralph-venv');
}

// The accounts the LRS knows: agents identified by an account on a made-up
// home page (Ralph refuses mbox addresses on reserved domains).
const HOME_PAGE = 'https://lrs.frontline.invalid';
const USERS = {
  game: { scopes: ['statements/write'], name: 'Frontline' },
  lms: { scopes: ['statements/write'], name: 'Test LMS' },
  trainer: { scopes: ['statements/read'], name: 'Trainer' },
};

// Every Ralph process started and not yet stopped, and every data folder
// not yet removed: killed and removed when Node exits, whatever way it
// exits, so no test run leaves one behind.
const living = new Set();
const folders = new Set();
process.on('exit', () => {
  for (const child of living) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});
// A runner killed by a signal does not pass through 'exit' unless asked to.
for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => process.exit(code));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts Ralph. Options: `corsOrigins` (origins a page may call it from),
 * `server` (the e2e server: its origins may call it, and its browser guard
 * lets pages reach it, e.g. a trainer's page reading statements),
 * `port` (default: a free one), `readyMs` (how long to wait for it to
 * answer, default 30 s).
 */
export async function startRalph({ corsOrigins = [], server, port, readyMs = 30000 } = {}) {
  if (server) corsOrigins = [...new Set([...corsOrigins, server.origin, server.origin.replace('127.0.0.1', 'localhost')])];
  const venv = ralphVenv();
  const uvicorn = path.join(venv, 'bin', 'uvicorn');
  if (!fs.existsSync(uvicorn)) {
    throw new Error(`Ralph is not installed in ${venv}: run \`bash scripts/setup.sh --lrs\``);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-ralph-'));
  folders.add(dir);
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  const env = {
    // Only what Ralph needs: none of the caller's RALPH_* settings.
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RALPH_'))),
    RALPH_APP_DIR: dir,
    RALPH_AUTH_FILE: path.join(dir, 'auth.json'),
    RALPH_RUNSERVER_BACKEND: 'fs',
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH: data,
    RALPH_LRS_RESTRICT_BY_AUTHORITY: 'True',
    RALPH_LRS_RESTRICT_BY_SCOPES: 'True',
    RALPH_RUNSERVER_CORS_ALLOW_ORIGINS: JSON.stringify(corsOrigins),
  };
  const { users, auth } = await testUsers(venv, env);
  fs.writeFileSync(env.RALPH_AUTH_FILE, JSON.stringify(auth, null, 2));
  port = port || await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child = null;
  let output = [];

  async function start() {
    if (child) return;
    output = [];
    const c = spawn(uvicorn, ['frontline_ralph:app', '--app-dir', APP_DIR, '--host', '127.0.0.1', '--port', String(port)], {
      cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = c;
    living.add(c);
    const keep = (chunk) => {
      output.push(String(chunk));
      if (output.length > 400) output.splice(0, 200);
    };
    c.stdout.on('data', keep);
    c.stderr.on('data', keep);
    c.exited = new Promise((resolve) => c.once('exit', (code, signal) => {
      living.delete(c);
      if (child === c) child = null;
      resolve({ code, signal });
    }));
    const deadline = Date.now() + readyMs;
    for (;;) {
      if (!child) throw new Error(`Ralph exited while starting:\n${output.join('')}`);
      try {
        const r = await fetch(`${url}/__lbheartbeat__`);
        if (r.ok) return;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`Ralph did not answer on ${url} within ${readyMs} ms:\n${output.join('')}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function stop() {
    const c = child;
    if (!c) return;
    c.kill('SIGTERM');
    const timer = setTimeout(() => c.kill('SIGKILL'), 5000);
    await c.exited;
    clearTimeout(timer);
  }

  async function request(method, pathAndQuery, { user = 'trainer', body } = {}) {
    const headers = { authorization: users[user].authorization, 'x-experience-api-version': '1.0.3' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const r = await fetch(new URL(pathAndQuery, url), {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, headers: r.headers, text, json: text ? safeJson(text) : null };
  }

  await start();
  server?.allowHost?.(`127.0.0.1:${port}`);
  let lastPages = 0;
  return {
    url,
    port,
    endpoint: `${url}/xAPI/`,
    dir,
    users,
    get running() { return child !== null; },
    start,
    stop,
    /** Ralph's output (uvicorn's log), for a failing test to show. */
    log: () => output.join(''),
    request,
    /** POSTs one statement or a list as `user` (default the game's); { status, json }. */
    post: (statements, user = 'game') => request('POST', '/xAPI/statements', { user, body: statements }),
    /**
     * Every statement matching the xAPI query `params` (registration, verb,
     * activity, agent, since, ...), following `more` to the last page, read
     * as the trainer; oldest first, in the order Ralph stored them. (Ralph's
     * file backend gives the oldest first by default and the newest with
     * `ascending: true`, the other way round from xAPI; the stable sort on
     * `stored` makes the order the same whatever it does.)
     */
    async statements(params = {}) {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) q.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
      let next = `/xAPI/statements${q.size ? `?${q}` : ''}`;
      const all = [];
      let pages = 0;
      while (next) {
        const r = await request('GET', next);
        if (r.status !== 200) throw new Error(`GET ${next}: ${r.status} ${r.text}`);
        all.push(...r.json.statements);
        next = r.json.more || null;
        pages++;
      }
      lastPages = pages;
      return all.sort((a, b) => Date.parse(a.stored) - Date.parse(b.stored));
    },
    /** How many pages the last `statements()` read (paging is followed). */
    get pagesRead() { return lastPages; },
    /** Stops Ralph and removes its data. */
    async close() {
      server?.disallowHost?.(`127.0.0.1:${port}`);
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
      folders.delete(dir);
    },
  };
}

// The users, made once by `ralph auth` and kept beside the venv: it hashes
// each password with bcrypt and loads all of Ralph, seconds of CPU each.
// A test LRS on 127.0.0.1 only: the passwords guard nothing else.
let made = null;
function testUsers(venv, env) {
  made ??= makeTestUsers(venv, env).catch((e) => { made = null; throw e; });
  return made;
}

async function makeTestUsers(venv, env) {
  const cache = path.join(venv, 'frontline-test-users.json');
  const want = JSON.stringify(USERS);
  try {
    const kept = JSON.parse(fs.readFileSync(cache, 'utf8'));
    if (kept.made === want) return kept;
  } catch { /* not made yet */ }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-ralph-auth-'));
  try {
    const users = {};
    for (const [username, u] of Object.entries(USERS)) {
      const password = `${username}-${crypto.randomBytes(9).toString('base64url')}`;
      const token = Buffer.from(`${username}:${password}`).toString('base64');
      users[username] = {
        username, password, token, authorization: `Basic ${token}`, scopes: u.scopes,
        agent: { objectType: 'Agent', name: u.name, account: { homePage: HOME_PAGE, name: username } },
      };
    }
    // Side by side, each in a file of its own, then put in one list.
    const lists = await Promise.all(Object.values(users).map(async (u) => {
      const file = path.join(dir, `auth-${u.username}.json`);
      const args = ['auth', '--username', u.username, '--password', u.password,
        ...u.scopes.flatMap((s) => ['--scope', s]),
        '--agent-ifi-account', u.agent.account.name, u.agent.account.homePage,
        '--agent-name', u.agent.name, '--write-to-disk'];
      try {
        await run(path.join(venv, 'bin', 'ralph'), args, { cwd: dir, env: { ...env, RALPH_AUTH_FILE: file } });
      } catch (e) {
        throw new Error(`ralph auth for ${u.username} failed: ${e.stderr || e.message}`);
      }
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    }));
    const kept = { made: want, users, auth: lists.flat() };
    // Whole or not at all: another test run may read it at the same time.
    fs.writeFileSync(`${cache}.${process.pid}`, JSON.stringify(kept, null, 2), { mode: 0o600 });
    fs.renameSync(`${cache}.${process.pid}`, cache);
    return kept;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function safeJson(text) {
  try { return JSON.parse(text); } catch { return null; }
}
