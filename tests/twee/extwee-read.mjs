// Reads Twee 3 files with extwee, a Twine-compatible reader and writer
// (https://github.com/videlais/extwee), the way Twine's own Twee import
// does: for each FILE, prints what extwee found as one JSON line, and
// writes FILE.html, the story as a Twine 2 library archive (what Twine's
// Library > Import takes). Used by tests/it/twee_export.rs.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseTwee, compileTwine2ArchiveHTML } from 'extwee';

for (const file of process.argv.slice(2)) {
  const story = parseTwee(readFileSync(file, 'utf8'));
  writeFileSync(`${file}.html`, compileTwine2ArchiveHTML([story]));
  const passages = story.passages.map((p) => ({ name: p.name, tags: p.tags, text: p.text }));
  console.log(JSON.stringify({ name: story.name, ifid: story.IFID, start: story.start, format: story.format, passages }));
}
