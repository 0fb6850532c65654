// A page in headless Chromium (Debian's, or MONITOR_CHROMIUM, driven by playwright-core) as the checks of the
// report and the atlas open it: no network of its own, and a record of what would tell a reader something is
// wrong — console errors and warnings, page errors, and every request that leaves the file.
const path = require('path');
const { chromium } = require(path.join(__dirname, '../../.tools/playwright/node_modules/playwright-core'));

async function openOffline(viewport) {
  const browser = await chromium.launch({
    executablePath: process.env.MONITOR_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport });
  const seen = { consoleErrors: [], pageErrors: [], external: [] };
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') seen.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) seen.external.push(r.url()); });
  return { browser, page, seen };
}

module.exports = { openOffline };
