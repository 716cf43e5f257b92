// A tiny static server for dist/, so the tests and the benchmark see exactly
// what an intranet web server would send (including the wasm MIME type, which
// streaming compilation insists on).
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

// A same-origin page that does not boot the app: tests use it to prepare
// localStorage before the app's first load.
export const BLANK_PATH = '/__e2e_blank__';

// Folders a test serves next to dist/ (an LMS page and an unpacked SCORM
// package), on the same origin: prefix -> folder.
const mounts = new Map();

export function startServer(root, port = 0) {
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
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-length': st.size, 'cache-control': 'no-store' });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        host: `127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
        mount: (prefix, dir) => mounts.set(prefix, path.resolve(dir)),
        unmount: (prefix) => mounts.delete(prefix),
      });
    });
  });
}
