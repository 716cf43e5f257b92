// Trunk post-build hook: ship the scenarios without indentation and without
// the format documentation, so the browser downloads only what it plays.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(process.env.TRUNK_STAGING_DIR || 'dist', 'scenarios');
if (fs.existsSync(dir)) {
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    if (f.endsWith('.json')) {
      fs.writeFileSync(file, JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))));
    } else {
      fs.rmSync(file);
    }
  }
}
