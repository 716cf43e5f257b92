// Trunk post-build hook: ship the scenarios as one file per language,
// scenarios/library.<lang>.json, each a list of {file, scenario} built from
// the files actually there (so it can never drift), without indentation, the
// format documentation or the trainer-only `source` note. A trainee playing in
// Dutch never downloads the English texts (about 19 KB gzipped); switching
// language fetches the other file. One file per language compresses better
// than nine: the scenarios share most of their words. Both languages of every
// scenario are checked by `cargo test` (tests/library.rs, tests/one_language.rs).
import fs from 'node:fs';
import path from 'node:path';

// engine::text::Lang
const LANGS = ['en', 'nl'];

const isText = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
  && Object.keys(v).length > 0
  && Object.entries(v).every(([k, s]) => LANGS.includes(k) && typeof s === 'string');

// Every {en, nl} text keeps only `lang`'s key.
function only(value, lang) {
  if (Array.isArray(value)) return value.map((v) => only(v, lang));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) return lang in value ? { [lang]: value[lang] } : {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, only(v, lang)]));
}

const dir = path.join(process.env.TRUNK_STAGING_DIR || 'dist', 'scenarios');
if (fs.existsSync(dir)) {
  const library = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, f);
    if (f.endsWith('.json') && !f.startsWith('library.')) {
      const { source, ...scenario } = JSON.parse(fs.readFileSync(file, 'utf8'));
      library.push({ file: f, scenario });
    }
    fs.rmSync(file);
  }
  for (const lang of LANGS) {
    fs.writeFileSync(path.join(dir, `library.${lang}.json`), JSON.stringify(only(library, lang)));
  }
}
