// Serve the built game (dist/, with the other pages in its folders) on
// http://127.0.0.1:8080 the way a production web server should: the
// build's brotli and gzip copies, long-lived caching for hashed file names,
// revalidation for the rest (tests/e2e/lib/server.mjs). With CSP=1 the
// pages also get the Content-Security-Policy of the README
// (scripts/csp.mjs). Runs until stopped.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { contentSecurityPolicy } from './csp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 8080);
const dist = path.join(root, 'dist');
const server = await startServer(dist, port);
if (process.env.CSP === '1') server.setCsp(contentSecurityPolicy(dist));
console.log(`Frontline is at ${server.origin}/ (shift mode at ${server.origin}/shift/, the manager page at ${server.origin}/manager/, the scenario workshop at ${server.origin}/author/). Stop with Ctrl+C.`);
