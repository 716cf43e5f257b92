// Trunk post-build hook: ship the scenarios one language at a time, built from
// the files actually there (so it can never drift), without indentation, the
// format documentation or the trainer-only `source` note. Per language:
//   scenarios/index.<lang>.json    what the game lists (id, title, summary,
//                                   channel, kind, difficulty, objective,
//                                   minutes, where its paths end) and the tracks;
//   scenarios/<id>.<lang>.json     one scenario, fetched when it is opened;
//   scenarios/library.<lang>.json  every scenario in one file, for the shift
//                                   page and the workshop, which need them all.
// A trainee playing in Dutch never downloads the English texts; the game
// fetches the index and then only the scenarios opened. Both languages of
// every scenario and track are checked by `cargo test` (tests/library.rs,
// tests/one_language.rs, tests/tracks.rs).
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

const LISTED = ['id', 'title', 'summary', 'channel', 'kind', 'difficulty', 'objective', 'minutes'];
const tracksDir = path.join('assets', 'tracks');

const dir = path.join(process.env.TRUNK_STAGING_DIR || 'dist', 'scenarios');
if (fs.existsSync(dir)) {
  const library = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, f);
    if (f.endsWith('.json') && !f.startsWith('library.') && !f.startsWith('index.')) {
      const { source, ...scenario } = JSON.parse(fs.readFileSync(file, 'utf8'));
      library.push({ file: f, scenario });
    }
    fs.rmSync(file);
  }
  const tracks = fs.existsSync(tracksDir)
    ? fs.readdirSync(tracksDir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(tracksDir, f), 'utf8')))
    : [];
  // Where each scenario's paths end, per house rules (`frontline spreads`,
  // run by scripts/build-web.sh): listed with it, so the game's debrief can
  // say where a path stands without the path analysis.
  const spreads = process.env.FRONTLINE_SPREADS && fs.existsSync(process.env.FRONTLINE_SPREADS)
    ? JSON.parse(fs.readFileSync(process.env.FRONTLINE_SPREADS, 'utf8') || '{}')
    : {};
  for (const lang of LANGS) {
    fs.writeFileSync(path.join(dir, `library.${lang}.json`), JSON.stringify(only(library, lang)));
    const scenarios = library.map(({ scenario }) => ({
      ...Object.fromEntries(LISTED.map((k) => [k, scenario[k]])),
      spread: spreads[scenario.id],
    }));
    fs.writeFileSync(path.join(dir, `index.${lang}.json`), JSON.stringify(only({ scenarios, tracks }, lang)));
    for (const { scenario } of library) {
      fs.writeFileSync(path.join(dir, `${scenario.id}.${lang}.json`), JSON.stringify(only(scenario, lang)));
    }
  }
}
