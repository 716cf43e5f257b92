// Trunk post-build hook: ship the scenarios without indentation and without
// the format documentation, and write scenarios/index.json, the list the game
// loads, from the files actually there (so it can never drift).
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(process.env.TRUNK_STAGING_DIR || 'dist', 'scenarios');
if (fs.existsSync(dir)) {
  const shipped = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, f);
    if (f.endsWith('.json') && f !== 'index.json') {
      fs.writeFileSync(file, JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))));
      shipped.push(f);
    } else {
      fs.rmSync(file);
    }
  }
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(shipped));
}
