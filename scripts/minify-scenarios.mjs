// Trunk post-build hook: ship the scenarios as one file, scenarios/library.json,
// a list of {file, scenario} built from the files actually there (so it can
// never drift), without indentation or the format documentation. One file
// compresses better than nine: the scenarios share most of their words.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(process.env.TRUNK_STAGING_DIR || 'dist', 'scenarios');
if (fs.existsSync(dir)) {
  const library = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, f);
    if (f.endsWith('.json') && f !== 'library.json') {
      library.push({ file: f, scenario: JSON.parse(fs.readFileSync(file, 'utf8')) });
    }
    fs.rmSync(file);
  }
  fs.writeFileSync(path.join(dir, 'library.json'), JSON.stringify(library));
}
