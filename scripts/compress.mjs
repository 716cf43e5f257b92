// Brotli and gzip copies of the built text and wasm files, written next to
// each file (FILE.br, FILE.gz) once the pages are built, so a web server
// sends them as they are (Content-Encoding: br or gzip) instead of
// compressing on every request. `frontline package` leaves the copies out
// of SCORM packages. Usage: node scripts/compress.mjs [DIR] (default dist).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] || 'dist');
const TEXT = /\.(html|js|mjs|css|wasm|json|txt|svg|webmanifest)$/;
let files = 0;
let raw = 0;
let br = 0;
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (TEXT.test(entry.name)) compress(file);
  }
}
function compress(file) {
  const bytes = fs.readFileSync(file);
  const b = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const g = zlib.gzipSync(bytes, { level: 9 });
  // A copy no smaller than the file is not worth a header.
  if (b.length < bytes.length) fs.writeFileSync(file + '.br', b);
  if (g.length < bytes.length) fs.writeFileSync(file + '.gz', g);
  files++;
  raw += bytes.length;
  br += Math.min(b.length, bytes.length);
}
walk(root);
console.log(`compressed ${files} files in ${path.relative(process.cwd(), root) || '.'}: ${raw} B, ${br} B with brotli`);
