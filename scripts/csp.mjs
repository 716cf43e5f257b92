// The Content-Security-Policy the built pages work under: scripts only from
// the site itself plus the pages' inline scripts by their hashes (Trunk's
// loader and the game's first-screen script), the wasm allowed to compile
// ('wasm-unsafe-eval'), and no other host for anything. Style attributes
// stay allowed ('unsafe-inline' for styles): the meters set their width.
// Usage: node scripts/csp.mjs [DIR] prints the header's value for DIR
// (default dist); the tests send it with `server.setCsp`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The hashes of every inline script in the .html files under `dir`. */
export function inlineScriptHashes(dir) {
  const hashes = new Set();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (e.name.endsWith('.html')) {
        const html = fs.readFileSync(f, 'utf8');
        for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          if (/\bsrc\s*=/.test(m[1])) continue;
          hashes.add(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
        }
      }
    }
  };
  walk(dir);
  return [...hashes].sort();
}

export function contentSecurityPolicy(dir) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(dir).join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(contentSecurityPolicy(path.resolve(process.argv[2] || 'dist')));
}
