// Opens a report in headless Chromium (Debian's, driven by playwright-core) the way a reader would, offline, and
// prints one JSON object: console errors, page errors, requests that left the file (a self-contained report makes
// none), and for every map, chart and table whether it is present and drawn with a size; it also saves
// screenshots of the summary and of one profile, and the visible text (outside the data dictionary and code).
// Usage: node report-check.cjs REPORT.html SCREENSHOT_DIR
const path = require('path');
const { openOffline } = require('./offline-page.cjs');

(async () => {
  const [html, shots] = process.argv.slice(2);
  const { browser, page, seen } = await openOffline({ width: 1200, height: 1600 });
  const { consoleErrors, pageErrors, external } = seen;
  await page.goto('file://' + path.resolve(html), { waitUntil: 'load' });
  const elements = await page.evaluate(() => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { w: Math.round(r.width), h: Math.round(r.height) }; };
    const out = [];
    document.querySelectorAll('figure.karte, figure.diagramm').forEach((f) => {
      const svg = f.querySelector('svg');
      out.push({ kind: f.classList.contains('karte') ? 'map' : 'chart', id: f.id, svg: !!svg, ...(svg ? box(svg) : { w: 0, h: 0 }),
        shapes: svg ? svg.querySelectorAll('path, use, circle').length : 0, legend: f.querySelectorAll('.legende li').length,
        hatched: svg ? svg.querySelectorAll('use[data-hatched]').length : 0,
        hatching: svg ? !!svg.querySelector('path.schraffur[clip-path]') : false,
        legendColours: Array.from(f.querySelectorAll('.legende .farbe')).map((s) => getComputedStyle(s).backgroundColor),
        fills: svg ? Array.from(svg.querySelectorAll('g.sozialraeume use')).map((p) => [p.dataset.id, p.getAttribute('fill')]) : [] });
    });
    document.querySelectorAll('table.tabelle').forEach((t) => {
      const note = t.nextElementSibling && t.nextElementSibling.classList.contains('anmerkung');
      out.push({ kind: 'table', id: t.id || t.querySelector('caption').textContent, rows: t.querySelectorAll('tbody tr').length, note, ...box(t) });
    });
    document.querySelectorAll('section.profil').forEach((s) => {
      out.push({ kind: 'profile', id: s.dataset.district, sparklines: s.querySelectorAll('svg.sparkline path').length,
        locator: s.querySelectorAll('figure.lagekarte svg use').length, ...box(s) });
    });
    return out;
  });
  // what a reader sees: the text outside the data dictionary (where column names belong) and outside code
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll('#woerterbuch, code, style, script').forEach((n) => n.remove());
    document.body.replaceWith(body);
    const visible = document.body.innerText;
    const quality = document.querySelector('#datenqualitaet');
    return { visible, quality: quality ? quality.innerText : null };
  });
  await page.reload({ waitUntil: 'load' });
  await page.locator('#zusammenfassung').screenshot({ path: path.join(shots, 'zusammenfassung.png') });
  await page.locator('section.profil').first().screenshot({ path: path.join(shots, 'profil.png') });
  await browser.close();
  process.stdout.write(JSON.stringify({ consoleErrors, pageErrors, external, elements, text }));
})().catch((e) => { console.error(e); process.exit(1); });
