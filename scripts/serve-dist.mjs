// Serve the built game (dist/, with the manager page in dist/manager) on
// http://127.0.0.1:8080, with the right content types, until stopped.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 8080);
const server = await startServer(path.join(root, 'dist'), port);
console.log(`Frontline is at ${server.origin}/ (shift mode at ${server.origin}/shift/, the manager page at ${server.origin}/manager/, the scenario workshop at ${server.origin}/author/). Stop with Ctrl+C.`);
