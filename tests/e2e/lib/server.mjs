// The static server of `scripts/serve.sh`, the tests and the benchmark: it
// serves dist/ the way a production web server should (README, "Serving
// it"), so they all see what a trainee's browser would:
// - the wasm MIME type, which streaming compilation insists on;
// - the brotli or gzip copy written by the build (FILE.br, FILE.gz) when the
//   browser accepts it, with Content-Encoding and Vary: Accept-Encoding;
// - `Cache-Control: public, max-age=31536000, immutable` for a file whose
//   name carries a content hash (Trunk's `name-<hex>.js|_bg.wasm|.css`, up to 16 digits),
//   and for everything else (the pages, the scenarios, the words, the
//   service worker) `no-cache` with an ETag and Last-Modified, answered
//   with 304 when unchanged.
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file name with a content hash in it, as Trunk writes them. */
export const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

// A same-origin page that does not boot the app: tests use it to prepare
// localStorage before the app's first load.
export const BLANK_PATH = '/__e2e_blank__';

export function startServer(root, port = 0) {
  // Folders a test serves next to dist/ (an LMS page and an unpacked SCORM
  // package), on the same origin: prefix -> folder.
  const mounts = new Map();
  // Bodies a test serves instead of a file's (path -> text), e.g. a service
  // worker of a "new build"; and the Content-Security-Policy sent with pages.
  const overrides = new Map();
  let csp = null;
  // Other local servers a test started (the test LMS, Ralph): the browser
  // guard lets the pages reach them (browser.mjs).
  const localHosts = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const mount = [...mounts.keys()].find((prefix) => url.pathname.startsWith(prefix));
    const base = mount ? mounts.get(mount) : path.resolve(root);
    if (url.pathname === BLANK_PATH) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end('<!doctype html><html lang="en"><title>blank</title></html>');
      return;
    }
    let rel = decodeURIComponent(mount ? url.pathname.slice(mount.length - 1) : url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + rel);
    if (!file.startsWith(base + path.sep) && file !== base) {
      res.writeHead(403).end();
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    const headers = { 'content-type': type };
    if (csp && type.startsWith('text/html')) headers['content-security-policy'] = csp;
    if (overrides.has(url.pathname)) {
      const body = Buffer.from(overrides.get(url.pathname));
      headers['cache-control'] = REVALIDATE;
      headers.etag = `"${crypto.createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      return send(req, res, headers, body.length, () => res.end(body));
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        // E2E_LOG_404=1: say which requests found nothing (a debugging aid).
        if (process.env.E2E_LOG_404) console.log('404', req.url, file);
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      headers['cache-control'] = HASHED.test(file) ? IMMUTABLE : REVALIDATE;
      // The precompressed copy the browser takes, if the build wrote one.
      const accepts = String(req.headers['accept-encoding'] || '');
      let served = file;
      let size = st.size;
      let tag = '';
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!new RegExp(`\\b${enc}\\b`).test(accepts)) continue;
        const copy = fs.statSync(file + ext, { throwIfNoEntry: false });
        if (copy && copy.isFile()) {
          headers['content-encoding'] = enc;
          served = file + ext;
          size = copy.size;
          tag = '-' + enc;
          break;
        }
      }
      if (fs.existsSync(file + '.br') || fs.existsSync(file + '.gz')) headers.vary = 'Accept-Encoding';
      headers.etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}${tag}"`;
      headers['last-modified'] = st.mtime.toUTCString();
      send(req, res, headers, size, () => fs.createReadStream(served).pipe(res));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        host: `127.0.0.1:${port}`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
        mount: (prefix, dir) => mounts.set(prefix, path.resolve(dir)),
        unmount: (prefix) => mounts.delete(prefix),
        override: (urlPath, body) => overrides.set(urlPath, body),
        unoverride: (urlPath) => overrides.delete(urlPath),
        setCsp: (policy) => { csp = policy || null; },
        localHosts,
        allowHost: (host) => localHosts.add(host),
        disallowHost: (host) => localHosts.delete(host),
      });
    });
  });
}

// 304 when the browser's copy is current, else the body.
function send(req, res, headers, size, body) {
  const since = req.headers['if-modified-since'];
  const fresh = req.headers['if-none-match']
    ? req.headers['if-none-match'].split(/\s*,\s*/).includes(headers.etag)
    : since && headers['last-modified'] && Date.parse(since) >= Date.parse(headers['last-modified']);
  if (fresh) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': size });
  if (req.method === 'HEAD') return res.end();
  body();
}
