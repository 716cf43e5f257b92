// Lighthouse (npm `lighthouse` 12.8.2: Lighthouse 13 declares Node 22) on
// the game as the serve command serves it, mobile with simulated
// throttling, in Debian's Chromium: the scores of performance,
// accessibility, best practices and SEO, and the largest contentful paint.
// A measurement for scripts/bench-web.sh, not a test.
//
//   node scripts/lighthouse.mjs [URL]   (default: serve dist/ on a free port)
//   LIGHTHOUSE_RUNS=3                   runs per page, the median reported
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { CHROMIUM } from '../tests/e2e/lib/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function audit(url, runs = Number(process.env.LIGHTHOUSE_RUNS || 3)) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox'],
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'metricSavings')
        .map((a) => a.id);
      results.push({
        ...scores,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        transfer: lhr.audits['total-byte-weight'].numericValue,
        observed: (({ observedFirstContentfulPaint: f, observedLargestContentfulPaint: l, observedDomContentLoaded: d, observedLoad: o }) => ({ f, l, d, o }))(lhr.audits.metrics.details.items[0]),
        lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector || '?',
        failing,
      });
    } finally {
      await chrome.kill();
    }
  }
  // The run with the median LCP (scores move with it), and every run's LCP.
  results.sort((a, b) => a.lcp - b.lcp);
  return { ...results[Math.floor(results.length / 2)], lcps: results.map((r) => r.lcp) };
}

export function report(name, r) {
  console.log(`lighthouse ${name}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r['best-practices']}, SEO ${r.seo}; ` +
    `LCP ${(r.lcp / 1000).toFixed(2)} s${r.lcps.length > 1 ? ` (median of ${r.lcps.map((l) => (l / 1000).toFixed(2)).join(', ')})` : ''}, FCP ${(r.fcp / 1000).toFixed(2)} s, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}, LCP element ${r.lcpElement}, ${Math.round(r.transfer / 1024)} KiB transferred` +
    (r.failing.length ? `; audits below 1: ${r.failing.join(', ')}` : ''));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let url = process.argv[2];
  let server = null;
  if (!url) {
    server = await startServer(path.resolve(process.env.E2E_DIST || path.join(root, 'dist')));
    url = server.origin + '/';
  }
  report(url, await audit(url));
  if (server) await server.close();
}
