// Launch Debian's Chromium through playwright-core (never a downloaded
// browser) and give each test a fresh context that refuses any host but ours.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
};

/**
 * A fresh context (own storage) where every request is recorded and any
 * request to a host other than the local server is aborted and remembered in
 * `foreign`. `pageErrors` collects uncaught exceptions (a wasm panic shows up
 * there).
 */
export async function newGuardedContext(browser, server, options = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORTS.desktop,
    colorScheme: 'light',
    locale: 'en-GB',
    serviceWorkers: 'block',
    ...options,
  });
  const log = { requests: [], foreign: [], pageErrors: [], consoleErrors: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // The local server, also by the name `localhost`: a second origin for
    // the LMS tests' cross-origin frame, on the same server.
    // And the local servers a test started beside it (server.allowHost).
    const hosts = [server.host, server.host.replace('127.0.0.1', 'localhost'), ...(server.localHosts || [])];
    const local = (url.protocol === 'http:' || url.protocol === 'https:') ? hosts.includes(url.host) : true;
    if (!local) {
      log.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('request', (req) => log.requests.push(req.url()));
  context.on('page', (page) => watchPage(page, log));
  return { context, log };
}

function watchPage(page, log) {
  page.on('pageerror', (err) => log.pageErrors.push(String(err && err.stack || err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
}
