// Drives a run's atlas in headless Chromium (Debian's, through playwright-core) as a reader would, offline, and
// prints one JSON object: console and page errors, requests that left the file, the load time, and what each step
// found. The map's fills are compared with the run's GeoJSON class colours for every theme that has a colour
// column, in every year, after choosing the theme and moving the year slider. Screenshots go to SCREENSHOT_DIR.
// Usage: node atlas-check.cjs RUN_DIR SCREENSHOT_DIR
const fs = require('fs');
const path = require('path');
const { openOffline } = require('./offline-page.cjs');

(async () => {
  const [run, shots] = process.argv.slice(2);
  const html = path.resolve(run, 'atlas/index.html');
  const { browser, page, seen } = await openOffline({ width: 1400, height: 1000 });
  const { consoleErrors, pageErrors, external } = seen;
  const t0 = Date.now();
  await page.goto('file://' + html, { waitUntil: 'load' });
  await page.waitForSelector('body[data-bereit="ja"]', { state: 'attached', timeout: 20000 });
  const loadMs = Date.now() - t0;
  const out = { consoleErrors, pageErrors, external, loadMs, bytes: fs.statSync(html).size };

  const setYear = (index) => page.evaluate((k) => {
    const s = document.getElementById('jahr');
    s.value = String(k);
    s.dispatchEvent(new Event('input', { bubbles: true }));
  }, index);
  const themes = await page.$$eval('#thema option', (os) => os.map((o) => ({ value: o.value, label: o.textContent, group: o.parentElement.label })));
  const years = JSON.parse(await page.$eval('#atlas-daten', (s) => JSON.stringify(JSON.parse(s.textContent).meta.years)));
  const ids = JSON.parse(await page.$eval('#atlas-daten', (s) => JSON.stringify(JSON.parse(s.textContent).themes.map((t) => t.id))));
  const noClass = JSON.parse(await page.$eval('#atlas-daten', (s) => JSON.stringify(JSON.parse(s.textContent).map.noClassColour)));

  // every theme with a colour column, every year: the fills against the GeoJSON's colours
  const colours = { compared: 0, mismatches: [], themes: 0, years: years.length };
  for (let y = 0; y < years.length; y++) {
    const fc = JSON.parse(fs.readFileSync(path.join(run, 'geojson', 'indices_' + years[y] + '.geojson'), 'utf8'));
    const byId = new Map(fc.features.map((f) => [f.properties.district_id, f.properties]));
    await setYear(y);
    for (const t of themes) {
      const column = ids[Number(t.value)] + '_colour';
      if (!fc.features.some((f) => column in f.properties)) continue;
      if (y === 0) colours.themes++;
      await page.selectOption('#thema', t.value);
      const fills = await page.$$eval('#karte path.sr', (ps) => ps.map((p) => [p.dataset.id, p.getAttribute('fill'), p.classList.contains('ohne')]));
      for (const [id, fill, hatched] of fills) {
        const props = byId.get(id);
        const expected = props[column] || noClass;
        colours.compared++;
        // a district without a class is hatched over the grey the GeoJSON gives it
        const classless = props[ids[Number(t.value)]] === null || props[ids[Number(t.value)]] === undefined;
        const ok = fill.toLowerCase() === expected.toLowerCase() && hatched === classless;
        if (!ok) colours.mismatches.push({ year: years[y], theme: t.label, id, fill, expected });
      }
    }
  }
  out.colours = colours;

  // an indicator, the slider to the first year, then back to the last
  const indicator = themes.find((t) => t.group === 'Indikatoren');
  await page.selectOption('#thema', indicator.value);
  await setYear(0);
  out.caption = await page.textContent('#tabelle-beschriftung');
  await setYear(years.length - 1);
  out.legendEntries = await page.$$eval('#legende li', (l) => l.length);

  // search a district by name, then click another on the map
  const districts = JSON.parse(await page.$eval('#atlas-daten', (s) => JSON.stringify(JSON.parse(s.textContent).districts)));
  const searched = districts[Math.floor(districts.length / 2)];
  await page.fill('#suche', searched.name);
  await page.dispatchEvent('#suche', 'change');
  out.search = { name: searched.name, profile: await page.textContent('#profil-inhalt h3'), selectedRow: await page.getAttribute('#tabelle tr.gewaehlt', 'data-i') };
  const clicked = districts[0];
  await page.locator(`#karte path.sr[data-id="${clicked.id}"]`).click({ force: true });
  out.click = { name: clicked.name, profile: await page.textContent('#profil-inhalt h3'),
    indicatorRows: await page.$$eval('#profil-inhalt tbody tr', (r) => r.length),
    chainPhases: await page.$$eval('#profil-inhalt .kette li', (l) => l.length),
    chartLines: await page.$$eval('#diagramm path', (p) => p.length) };
  await page.selectOption('#vergleich', '1');
  out.compare = { columns: await page.$$eval('#profil-inhalt thead th', (h) => h.length), outline: await page.$$eval('#karte .vergleich', (p) => p.length) };
  await page.locator('#profil').screenshot({ path: path.join(shots, 'atlas-profil.png') });

  // the table sorts by the value, descending on the second press
  const valueHeader = page.locator('#tabelle thead th button').nth(4);
  await valueHeader.click();
  await valueHeader.click();
  out.sorted = await page.$$eval('#tabelle tbody tr', (rows) => rows.map((r) => r.children[4].textContent));

  // keyboard zoom and a town filter
  const before = await page.getAttribute('#karte', 'viewBox');
  await page.focus('#karte');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  out.keyboard = { before, after: await page.getAttribute('#karte', 'viewBox') };
  await page.selectOption('#gemeinde', '0');
  out.town = { rows: await page.$$eval('#tabelle tbody tr', (r) => r.length), dimmed: await page.$$eval('#karte path.gedimmt', (p) => p.length) };
  await page.selectOption('#gemeinde', '-1');

  // class transitions: a cell's districts are marked on the map
  const cell = page.locator('#wechsel-tabelle td button').first();
  out.transitions = { cells: await page.locator('#wechsel-tabelle td button').count() };
  if (out.transitions.cells > 0) {
    out.transitions.count = Number(await cell.textContent());
    await cell.click();
    out.transitions.marked = await page.$$eval('#karte .markiert', (p) => p.length);
  }

  // offers and gaps, labels
  await page.check('#angebote');
  await page.check('#luecken');
  await page.check('#beschriftung');
  out.offers = { drawn: await page.$$eval('#karte path.angebot', (p) => p.filter((x) => x.style.display !== 'none').length),
    gaps: await page.$$eval('#karte .luecke', (p) => p.length), labels: await page.$$eval('#karte text', (t) => t.length),
    gapRules: await page.$$eval('#luecken-liste li', (l) => l.length) };
  await page.locator('#karte-bereich').screenshot({ path: path.join(shots, 'atlas-karte.png') });

  // the Transferbörse, filtered by a phase, and an entry shown on the map
  const offers = JSON.parse(fs.readFileSync(path.join(run, 'geojson', 'angebote.geojson'), 'utf8')).features.map((f) => f.properties);
  await page.selectOption('#b-phase', 'geburt');
  out.catalogue = { shown: await page.$$eval('#boerse-liste li', (l) => l.length), expected: offers.filter((o) => o.lebensphase === 'geburt').length,
    fields: await page.$$eval('#boerse-liste li:first-child dt', (d) => d.map((x) => x.textContent)) };
  const viewBefore = await page.getAttribute('#karte', 'viewBox');
  await page.locator('#boerse-liste li button').first().click();
  out.catalogue.viewChanged = viewBefore !== (await page.getAttribute('#karte', 'viewBox'));
  out.catalogue.highlighted = await page.$$eval('#karte path.angebot.blinkt', (p) => p.length);
  await page.locator('#transferboerse').screenshot({ path: path.join(shots, 'atlas-transferboerse.png') });
  await page.screenshot({ path: path.join(shots, 'atlas.png'), fullPage: true });
  await browser.close();
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
