// Writes the service worker's lists into DIR/sw.js (default dist), after
// the game's Trunk build (scripts/build-web.sh): the game's own files
// (the page, Trunk's hashed JS, wasm and CSS, the icon and the manifest),
// and per language the scenario index, each scenario and the words; and
// VERSION, a hash of every listed file's content, so any change to the
// build is a new service worker. Then minifies it (terser, as the glue).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dir = path.resolve(process.argv[2] || 'dist');
const sw = path.join(dir, 'sw.js');
const top = fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isFile());
const core = ['./', ...top.filter((f) => /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(f) || f === 'icon.svg' || f === 'manifest.webmanifest').sort()];
const langs = {};
for (const f of fs.readdirSync(path.join(dir, 'words'))) {
  const m = f.match(/^(\w+)\.txt$/);
  if (!m) continue;
  const lang = m[1];
  const scenarios = fs.readdirSync(path.join(dir, 'scenarios'))
    .filter((s) => s.endsWith(`.${lang}.json`) && !s.startsWith('library.'))
    .sort((a, b) => (a.startsWith('index.') ? -1 : b.startsWith('index.') ? 1 : a.localeCompare(b)));
  langs[lang] = [...scenarios.map((s) => `scenarios/${s}`), `words/${f}`];
}
const hash = crypto.createHash('sha256');
for (const f of [...core, ...Object.values(langs).flat()]) {
  hash.update(f);
  hash.update(fs.readFileSync(path.join(dir, f === './' ? 'index.html' : f)));
}
const version = hash.digest('hex').slice(0, 12);
let text = fs.readFileSync(sw, 'utf8');
const set = (name, value) => {
  const re = new RegExp(`^const ${name} = .*;$`, 'm');
  if (!re.test(text)) throw new Error(`${sw}: no "const ${name} = …;" line`);
  text = text.replace(re, `const ${name} = ${JSON.stringify(value)};`);
};
set('VERSION', version);
set('CORE', core);
set('LANGS', langs);
fs.writeFileSync(sw, (await minify(text, { compress: true, mangle: true })).code);
console.log(`${path.relative(process.cwd(), sw)}: version ${version}, ${core.length} files, ${Object.entries(langs).map(([l, f]) => `${f.length} for ${l}`).join(', ')}`);
