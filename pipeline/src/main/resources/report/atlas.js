// The Sozialraumatlas: map, table, chart, profile, class transitions, offers and gaps and the
// Transferbörse, drawn from the run's data embedded in this page. Every colour comes from the run's
// legends; nothing is classified here. No library, no request: the page works from file://.
'use strict';
(function () {
  const D = JSON.parse(document.getElementById('atlas-daten').textContent);
  const T = D.t;
  const SVG = 'http://www.w3.org/2000/svg';
  const W = D.map.width;
  const H = D.map.height;
  const MAX_ZOOM = 8;
  const years = D.meta.years;
  const number = new Intl.NumberFormat(T.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const number2 = new Intl.NumberFormat(T.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(T.locale, { maximumFractionDigits: 0 });
  const indicatorById = new Map(D.indicators.list.map((i) => [i.id, i]));
  const state = {
    theme: 0,
    year: years.indexOf(D.meta.year),
    town: -1,
    selected: -1,
    compare: -1,
    marked: new Set(),
    view: [0, 0, W, H],
    sort: { key: 'n', up: true },
    filter: '',
    phasesShown: new Set(D.phases.map((p) => p.id)),
  };

  const $ = (id) => document.getElementById(id);
  function el(name, attrs, text) {
    const e = name.startsWith('svg:') ? document.createElementNS(SVG, name.slice(4)) : document.createElement(name);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) e.setAttribute(k, v);
    }
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function option(select, value, label) {
    select.append(el('option', { value: String(value) }, label));
  }

  // ---- values and their words
  function theme() { return D.themes[state.theme]; }
  function year() { return years[state.year]; }
  function themeYear(t, y) { return t.years[String(y)]; }
  // shares with one decimal and their unit, index values with two
  function plain(v, unit) {
    if (v === null || v === undefined) return '–';
    return unit ? number.format(v) : number2.format(v);
  }
  function format(v, unit) {
    return v === null || v === undefined || !unit ? plain(v, unit) : plain(v, unit) + ' ' + unit;
  }
  function count(v) {
    return v === null || v === undefined ? '–' : whole.format(v);
  }
  function classOf(t, y, i) {
    const ty = themeYear(t, y);
    if (!ty || ty.cls[i] < 0) return null;
    return ty.legend[ty.cls[i]];
  }
  function valueOf(t, y, i) {
    const ty = themeYear(t, y);
    return ty && t.value ? ty.val[i] : null;
  }
  function districtLabel(i) {
    const d = D.districts[i];
    return d.n + ' ' + d.name;
  }
  function townName(i) {
    const t = D.districts[i].town;
    return t < 0 ? '–' : D.towns[t].name;
  }

  // ---- header and controls
  $('untertitel').textContent = [D.meta.county, D.meta.publisher].filter(Boolean).join(' · ');
  $('quelle').textContent = D.meta.source + (D.map.simplified ? ' ' + T.simplified : '');
  $('fuss').textContent = D.meta.title + ' · ' + D.meta.source;
  const themeSelect = $('thema');
  const groups = new Map();
  D.themes.forEach((t, i) => {
    if (!groups.has(t.group)) {
      const g = el('optgroup', { label: t.group });
      groups.set(t.group, g);
      themeSelect.append(g);
    }
    groups.get(t.group).append(el('option', { value: String(i) }, t.title));
  });
  const slider = $('jahr');
  slider.min = 0;
  slider.max = years.length - 1;
  slider.value = state.year;
  const townSelect = $('gemeinde');
  option(townSelect, -1, T.all_towns);
  D.towns.forEach((t, i) => option(townSelect, i, t.name));
  const list = $('sozialraeume');
  D.districts.forEach((d) => list.append(el('option', { value: d.n + ' ' + d.name + ' (' + d.id + ')' })));
  const compareSelect = $('vergleich');
  option(compareSelect, -1, T.compare_none);
  D.districts.forEach((d, i) => option(compareSelect, i, districtLabel(i) + ' (' + townName(i) + ')'));

  // ---- the map
  const map = $('karte');
  map.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
  map.setAttribute('aria-label', T.map);
  const defs = el('svg:defs');
  const pattern = el('svg:pattern', { id: 'schraffur', patternUnits: 'userSpaceOnUse', width: 5, height: 5, patternTransform: 'rotate(45)' });
  pattern.append(el('svg:rect', { width: 5, height: 5, fill: D.map.noClassColour }));
  pattern.append(el('svg:line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: '#ffffff', 'stroke-width': 1.6 }));
  defs.append(pattern);
  map.append(defs);
  const areas = el('svg:g', { id: 'sozialraeume' });
  const paths = D.map.districts.map((d, i) => {
    const p = el('svg:path', { d, class: 'sr', 'data-id': D.districts[i].id, 'data-i': i, 'stroke-width': 0.7 });
    areas.append(p);
    return p;
  });
  map.append(areas);
  const townLines = el('svg:g', { id: 'gemeindegrenzen' });
  D.map.towns.forEach((t) => townLines.append(el('svg:path', { d: t.d, class: 'gemeinde', 'stroke-width': 1.6 })));
  map.append(townLines);
  const outlines = el('svg:g', { id: 'hervorhebungen' });
  map.append(outlines);
  const offerLayer = el('svg:g', { id: 'angebotspunkte' });
  map.append(offerLayer);
  const labelLayer = el('svg:g', { id: 'beschriftungen' });
  map.append(labelLayer);

  function unitsPerScreenPixel() {
    return state.view[2] / Math.max(1, map.clientWidth);
  }
  function setView(v) {
    const k = Math.min(MAX_ZOOM, Math.max(1, W / v[2]));
    const vw = W / k;
    const vh = H / k;
    const x = Math.min(Math.max(v[0], -vw * 0.25), W - vw * 0.75);
    const y = Math.min(Math.max(v[1], -vh * 0.25), H - vh * 0.75);
    state.view = [x, y, vw, vh];
    map.setAttribute('viewBox', state.view.join(' '));
    scheduleSymbols();
  }
  function zoomAt(factor, cx, cy) {
    const [x, y, vw, vh] = state.view;
    const nw = vw / factor;
    const nh = vh / factor;
    setView([cx - (cx - x) * (nw / vw), cy - (cy - y) * (nh / vh), nw, nh]);
  }
  function centre() {
    const [x, y, vw, vh] = state.view;
    return [x + vw / 2, y + vh / 2];
  }
  function toMap(evt) {
    const r = map.getBoundingClientRect();
    const [x, y, vw, vh] = state.view;
    return [x + ((evt.clientX - r.left) / r.width) * vw, y + ((evt.clientY - r.top) / r.height) * vh];
  }
  map.addEventListener('wheel', (e) => {
    e.preventDefault();
    const [cx, cy] = toMap(e);
    zoomAt(e.deltaY < 0 ? 1.25 : 0.8, cx, cy);
  }, { passive: false });
  let drag = null;
  map.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, view: state.view.slice(), moved: false };
    map.setPointerCapture(e.pointerId);
  });
  map.addEventListener('pointermove', (e) => {
    if (drag) {
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) {
        const s = unitsPerScreenPixel();
        setView([drag.view[0] - dx * s, drag.view[1] - dy * s, drag.view[2], drag.view[3]]);
        hideTooltip();
        return;
      }
    }
    showTooltip(e);
  });
  map.addEventListener('pointerup', (e) => {
    const wasDrag = drag && drag.moved;
    drag = null;
    if (!wasDrag) {
      const hit = document.elementFromPoint(e.clientX, e.clientY);
      if (hit && hit.classList && hit.classList.contains('sr')) select(Number(hit.dataset.i));
    }
  });
  map.addEventListener('pointerleave', hideTooltip);
  map.addEventListener('keydown', (e) => {
    const step = state.view[2] * 0.1;
    const [cx, cy] = centre();
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[e.key]) {
      setView([state.view[0] + moves[e.key][0], state.view[1] + moves[e.key][1], state.view[2], state.view[3]]);
    } else if (e.key === '+' || e.key === '=') {
      zoomAt(1.25, cx, cy);
    } else if (e.key === '-') {
      zoomAt(0.8, cx, cy);
    } else if (e.key === '0') {
      setView([0, 0, W, H]);
    } else {
      return;
    }
    e.preventDefault();
  });
  $('zoom-plus').addEventListener('click', () => { const [cx, cy] = centre(); zoomAt(1.5, cx, cy); });
  $('zoom-minus').addEventListener('click', () => { const [cx, cy] = centre(); zoomAt(1 / 1.5, cx, cy); });
  $('zoom-ganz').addEventListener('click', () => setView(townView()));

  function bboxOf(elements) {
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (const p of elements) {
      const b = p.getBBox();
      if (b.width === 0 && b.height === 0) continue;
      x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
    }
    return x0 === Infinity ? null : [x0, y0, x1 - x0, y1 - y0];
  }
  function townView() {
    if (state.town < 0) return [0, 0, W, H];
    const b = bboxOf(paths.filter((p, i) => D.districts[i].town === state.town));
    if (!b) return [0, 0, W, H];
    const k = Math.min(MAX_ZOOM, W / (b[2] * 1.15), H / (b[3] * 1.15));
    const vw = W / k;
    const vh = H / k;
    return [b[0] + b[2] / 2 - vw / 2, b[1] + b[3] / 2 - vh / 2, vw, vh];
  }

  // the scale bar and the size of symbols and labels follow the zoom
  let symbolsPending = false;
  function scheduleSymbols() {
    if (symbolsPending) return;
    symbolsPending = true;
    requestAnimationFrame(() => { symbolsPending = false; drawSymbols(); });
  }
  function niceLength(metres) {
    const p = Math.pow(10, Math.floor(Math.log10(metres)));
    for (const f of [5, 2, 1]) if (f * p <= metres) return f * p;
    return p;
  }
  function drawScaleBar() {
    const bar = $('massstab');
    if (!D.map.metric) { bar.hidden = true; return; }
    const metresPerPixel = D.map.unitsPerPixel * unitsPerScreenPixel();
    const length = niceLength(metresPerPixel * 120);
    $('massstab-balken').style.width = Math.round(length / metresPerPixel) + 'px';
    $('massstab-text').textContent = length >= 1000 ? whole.format(length / 1000) + ' km' : whole.format(length) + ' m';
  }

  const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'hexagon'];
  const types = [...new Set(D.offers.map((o) => o.type))];
  const phaseById = new Map(D.phases.map((p) => [p.id, p]));
  function symbol(shape, x, y, r) {
    const poly = (n, start, scale) => {
      const pts = [];
      for (let k = 0; k < n; k++) {
        const a = start + (2 * Math.PI * k) / n;
        pts.push((x + r * scale * Math.cos(a)).toFixed(2) + ',' + (y + r * scale * Math.sin(a)).toFixed(2));
      }
      return 'M' + pts.join('L') + 'Z';
    };
    switch (shape) {
      case 'square': return poly(4, Math.PI / 4, 1.25);
      case 'triangle': return poly(3, -Math.PI / 2, 1.35);
      case 'diamond': return poly(4, 0, 1.3);
      case 'hexagon': return poly(6, 0, 1.15);
      case 'star': {
        const pts = [];
        for (let k = 0; k < 10; k++) {
          const a = -Math.PI / 2 + (Math.PI * k) / 5;
          const rr = (k % 2 ? 0.55 : 1.4) * r;
          pts.push((x + rr * Math.cos(a)).toFixed(2) + ',' + (y + rr * Math.sin(a)).toFixed(2));
        }
        return 'M' + pts.join('L') + 'Z';
      }
      case 'cross': {
        const a = r * 0.45; const b = r * 1.25;
        return `M${x - a},${y - b}H${x + a}V${y - a}H${x + b}V${y + a}H${x + a}V${y + b}H${x - a}V${y + a}H${x - b}V${y - a}H${x - a}Z`;
      }
      default: return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    }
  }
  function shapeOf(type) { return SHAPES[types.indexOf(type) % SHAPES.length]; }
  const offerPaths = D.offers.map((o, i) => {
    const p = el('svg:path', { class: 'angebot', fill: (phaseById.get(o.phase) || { colour: '#666' }).colour, 'data-offer': o.id, 'data-o': i, 'stroke-width': 0.8 });
    p.setAttribute('vector-effect', 'non-scaling-stroke');
    offerLayer.append(p);
    return p;
  });
  function drawSymbols() {
    drawScaleBar();
    const s = unitsPerScreenPixel();
    const showOffers = $('angebote').checked;
    offerLayer.style.display = showOffers ? '' : 'none';
    if (showOffers) {
      D.offers.forEach((o, i) => {
        const shown = state.phasesShown.has(o.phase) && (state.town < 0 || (o.district >= 0 && D.districts[o.district].town === state.town));
        const p = offerPaths[i];
        p.style.display = shown ? '' : 'none';
        if (shown) {
          const [x, y] = D.map.offers[i];
          p.setAttribute('d', symbol(shapeOf(o.type), x, y, 3.6 * s));
        }
      });
    }
    labelLayer.replaceChildren();
    if ($('beschriftung').checked) {
      D.map.labels.forEach((xy, i) => {
        if (!xy || (state.town >= 0 && D.districts[i].town !== state.town)) return;
        labelLayer.append(el('svg:text', { x: xy[0], y: xy[1], 'font-size': (10 * s).toFixed(2), 'stroke-width': (2.5 * s).toFixed(2) }, String(D.districts[i].n)));
      });
      D.map.towns.forEach((t) => {
        labelLayer.append(el('svg:text', { class: 'ort', x: t.x, y: t.y, 'font-size': (14 * s).toFixed(2), 'stroke-width': (3 * s).toFixed(2) }, D.towns[t.town].name));
      });
    }
  }

  // ---- colours of the chosen theme and year
  function recolour() {
    const t = theme();
    const y = year();
    const ty = themeYear(t, y);
    paths.forEach((p, i) => {
      const c = ty && ty.cls[i] >= 0 ? ty.legend[ty.cls[i]][1] : null;
      p.setAttribute('fill', c || D.map.noClassColour);
      p.classList.toggle('ohne', !c);
      p.classList.toggle('gedimmt', state.town >= 0 && D.districts[i].town !== state.town);
    });
    const legend = $('legende');
    legend.replaceChildren(el('strong', {}, t.title + ' ' + y));
    const ul = el('ul');
    (ty ? ty.legend : []).forEach(([label, colour]) => {
      const li = el('li');
      li.append(el('span', { class: 'farbe', style: 'background:' + colour }), document.createTextNode(label));
      ul.append(li);
    });
    const none = el('li');
    none.append(el('span', { class: 'farbe ohne' }), document.createTextNode(t.noClass));
    ul.append(none);
    legend.append(ul);
    if (t.rule) legend.append(el('p', { class: 'hinweis' }, t.title + ': ' + t.rule));
  }

  function outline(i, cls, width) {
    if (i < 0 || !D.map.districts[i]) return;
    const p = el('svg:path', { d: D.map.districts[i], class: cls, 'stroke-width': width });
    p.setAttribute('vector-effect', 'non-scaling-stroke');
    outlines.append(p);
  }
  function gapDistricts(y) {
    const out = new Map();
    D.themes.filter((t) => t.group === 'Lücken').forEach((t) => {
      const ty = themeYear(t, y);
      if (!ty) return;
      ty.cls.forEach((c, i) => {
        if (c === ty.gap) {
          if (!out.has(i)) out.set(i, []);
          out.get(i).push(t);
        }
      });
    });
    return out;
  }
  function drawOutlines() {
    outlines.replaceChildren();
    if ($('luecken').checked) {
      for (const i of gapDistricts(year()).keys()) outline(i, 'luecke', 3);
    }
    state.marked.forEach((i) => outline(i, 'markiert', 3));
    outline(state.compare, 'vergleich', 2.5);
    outline(state.selected, 'auswahl', 3);
  }

  // ---- tooltip
  const tooltip = $('tooltip');
  function showTooltip(e) {
    const target = e.target;
    if (!target.classList || !target.classList.contains('sr')) {
      const o = target.dataset && target.dataset.o;
      if (o !== undefined) {
        const offer = D.offers[Number(o)];
        placeTooltip(e, [offer.name, offer.type + ' · ' + (phaseById.get(offer.phase) || { name: offer.phase }).name]);
        return;
      }
      hideTooltip();
      return;
    }
    const i = Number(target.dataset.i);
    const t = theme();
    const c = classOf(t, year(), i);
    const lines = [districtLabel(i), townName(i)];
    if (t.value) lines.push(t.valueTitle + ': ' + format(valueOf(t, year(), i), t.unit));
    lines.push(t.title + ': ' + (c ? c[0] : t.noClass));
    placeTooltip(e, lines);
  }
  function placeTooltip(e, lines) {
    const frame = $('karte-rahmen').getBoundingClientRect();
    tooltip.replaceChildren(...lines.map((l, k) => el(k === 0 ? 'strong' : 'div', {}, l)));
    tooltip.hidden = false;
    const x = e.clientX - frame.left + 14;
    tooltip.style.left = Math.min(x, frame.width - 290) + 'px';
    tooltip.style.top = e.clientY - frame.top + 14 + 'px';
  }
  function hideTooltip() { tooltip.hidden = true; }

  // ---- the table, the map's text alternative
  function visibleDistricts() {
    const q = state.filter.trim().toLowerCase();
    return D.districts.map((d, i) => i).filter((i) => {
      const d = D.districts[i];
      if (state.town >= 0 && d.town !== state.town) return false;
      return !q || (d.n + ' ' + d.name + ' ' + d.id + ' ' + townName(i)).toLowerCase().includes(q);
    });
  }
  function drawTable() {
    const t = theme();
    const y = year();
    const population = D.indicators.population[String(y)];
    const columns = [
      { key: 'n', title: T.number, num: true, value: (i) => D.districts[i].n, text: (i) => String(D.districts[i].n) },
      { key: 'name', title: 'Sozialraum', value: (i) => D.districts[i].name, text: (i) => D.districts[i].name },
      { key: 'town', title: 'Gemeinde', value: (i) => townName(i), text: (i) => townName(i) },
      { key: 'pop', title: T.population, num: true, value: (i) => population[i], text: (i) => count(population[i]) },
    ];
    if (t.value) columns.push({ key: 'value', title: t.valueTitle + (t.unit ? ' (' + t.unit + ')' : ''), num: true, value: (i) => valueOf(t, y, i), text: (i) => plain(valueOf(t, y, i), t.unit) });
    columns.push({ key: 'class', title: T['class'], value: (i) => { const ty = themeYear(t, y); return ty ? ty.cls[i] : -1; }, text: (i) => { const c = classOf(t, y, i); return c ? c[0] : t.noClass; } });
    const head = el('tr');
    columns.forEach((c) => {
      const th = el('th', { scope: 'col', class: c.num ? 'zahl' : null, 'aria-sort': state.sort.key === c.key ? (state.sort.up ? 'ascending' : 'descending') : 'none' });
      const b = el('button', { type: 'button' }, c.title + (state.sort.key === c.key ? (state.sort.up ? ' ▲' : ' ▼') : ''));
      b.addEventListener('click', () => {
        state.sort = { key: c.key, up: state.sort.key === c.key ? !state.sort.up : true };
        drawTable();
      });
      th.append(b);
      head.append(th);
    });
    const table = $('tabelle');
    table.tHead.replaceChildren(head);
    const sortBy = columns.find((c) => c.key === state.sort.key) || columns[0];
    const rows = visibleDistricts().sort((a, b) => {
      const va = sortBy.value(a);
      const vb = sortBy.value(b);
      if (va === vb) return D.districts[a].n - D.districts[b].n;
      if (va === null || va === undefined) return 1;
      if (vb === null || vb === undefined) return -1;
      const r = typeof va === 'string' ? va.localeCompare(vb, T.locale) : va - vb;
      return state.sort.up ? r : -r;
    });
    const body = document.createDocumentFragment();
    rows.forEach((i) => {
      const tr = el('tr', { 'data-i': i, class: i === state.selected ? 'gewaehlt' : null, tabindex: 0 });
      columns.forEach((c) => tr.append(el('td', { class: c.num ? 'zahl' : null }, c.text(i))));
      body.append(tr);
    });
    table.tBodies[0].replaceChildren(body);
    $('tabelle-beschriftung').textContent = t.title + ' ' + y + ' · ' + rows.length + ' Sozialräume';
  }
  $('tabelle').tBodies[0].addEventListener('click', (e) => {
    const tr = e.target.closest('tr');
    if (tr) select(Number(tr.dataset.i));
  });
  $('tabelle').tBodies[0].addEventListener('keydown', (e) => {
    const tr = e.target.closest('tr');
    if (tr && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); select(Number(tr.dataset.i)); }
  });

  // ---- the chart: the theme's value over the years
  function series() {
    const t = theme();
    const out = [];
    if (!t.value) return out;
    const take = (label, colour, f) => out.push({ label, colour, values: years.map(f) });
    if (state.selected >= 0) take(districtLabel(state.selected), '#b2182b', (y) => valueOf(t, y, state.selected));
    if (state.compare >= 0) take(districtLabel(state.compare), '#7a0177', (y) => valueOf(t, y, state.compare));
    const ind = indicatorById.get(t.value);
    if (ind) {
      const town = state.selected >= 0 ? D.districts[state.selected].town : state.town;
      if (town >= 0) take('Gemeinde ' + D.towns[town].name, '#2166ac', (y) => ind.years[String(y)].towns[town]);
      take('Kreis ' + D.meta.county, '#252525', (y) => ind.years[String(y)].county[0]);
    }
    return out;
  }
  function drawChart() {
    const svg = $('diagramm');
    const w = 640; const h = 260; const left = 56; const right = 12; const top = 12; const bottom = 30;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    svg.replaceChildren();
    const s = series();
    const t = theme();
    const legend = $('diagramm-legende');
    legend.replaceChildren();
    const all = s.flatMap((x) => x.values).filter((v) => v !== null && v !== undefined);
    svg.setAttribute('aria-label', T.chart + ': ' + (t.valueTitle || t.title));
    if (!all.length) {
      svg.append(el('svg:text', { x: w / 2, y: h / 2, 'text-anchor': 'middle', 'font-size': 13 }, t.value ? T.profile_hint : t.title + ': ' + T.none + ' ' + T.value));
      return;
    }
    // shares start at zero, so a line's height reads as its size
    let lo = t.unit ? 0 : Math.min(...all);
    let hi = Math.max(...all);
    if (hi === lo) { hi = lo + 1; }
    const stepRaw = (hi - lo) / 5;
    const p = Math.pow(10, Math.floor(Math.log10(stepRaw)));
    const step = [1, 2, 5, 10].map((f) => f * p).find((v) => v >= stepRaw);
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
    const x = (k) => left + (years.length === 1 ? (w - left - right) / 2 : (k * (w - left - right)) / (years.length - 1));
    const y = (v) => top + ((hi - v) / (hi - lo)) * (h - top - bottom);
    for (let v = lo; v <= hi + step / 2; v += step) {
      svg.append(el('svg:line', { x1: left, x2: w - right, y1: y(v), y2: y(v), stroke: '#e0e0e0' }));
      svg.append(el('svg:text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, t.unit ? number.format(v) : number2.format(v)));
    }
    if (t.unit) svg.append(el('svg:text', { x: 4, y: 10, 'font-size': 11 }, t.unit));
    years.forEach((yy, k) => svg.append(el('svg:text', { x: x(k), y: h - 10, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': k === state.year ? 700 : 400 }, String(yy))));
    s.forEach((line) => {
      let d = '';
      line.values.forEach((v, k) => {
        if (v === null || v === undefined) return;
        d += (d && line.values[k - 1] !== null && line.values[k - 1] !== undefined ? 'L' : 'M') + x(k).toFixed(1) + ',' + y(v).toFixed(1);
      });
      svg.append(el('svg:path', { d, fill: 'none', stroke: line.colour, 'stroke-width': 2 }));
      line.values.forEach((v, k) => {
        if (v === null || v === undefined) return;
        const c = el('svg:circle', { cx: x(k), cy: y(v), r: 3, fill: line.colour });
        c.append(el('svg:title', {}, line.label + ' ' + years[k] + ': ' + format(v, t.unit)));
        svg.append(c);
      });
      const li = el('li', { style: '--farbe:' + line.colour }, line.label);
      legend.append(li);
    });
  }

  // ---- the profile of the chosen district (and the one compared with it)
  function sparkline(values) {
    const v = values.filter((x) => x !== null && x !== undefined);
    const svg = el('svg:svg', { class: 'spark', viewBox: '0 0 90 22', 'aria-hidden': 'true' });
    if (v.length < 2) return svg;
    const lo = Math.min(...v); const hi = Math.max(...v) === lo ? lo + 1 : Math.max(...v);
    let d = '';
    values.forEach((x, k) => {
      if (x === null || x === undefined) return;
      d += (d ? 'L' : 'M') + ((k * 86) / (values.length - 1) + 2).toFixed(1) + ',' + (20 - ((x - lo) / (hi - lo)) * 18).toFixed(1);
    });
    svg.append(el('svg:path', { d, fill: 'none', stroke: '#b2182b', 'stroke-width': 1.5 }));
    return svg;
  }
  function drawProfile() {
    const box = $('profil-inhalt');
    const i = state.selected;
    if (i < 0) { box.replaceChildren(el('p', { class: 'hinweis' }, T.profile_hint)); return; }
    const y = year();
    const ys = String(y);
    const d = D.districts[i];
    const out = document.createDocumentFragment();
    const head = el('div', { class: 'profilkopf' });
    head.append(el('h3', {}, districtLabel(i)), el('span', {}, townName(i)), el('span', {}, T.population + ' ' + y + ': ' + count(D.indicators.population[ys][i])));
    out.append(head);
    const idx = el('ul');
    D.themes.filter((t) => t.group === 'Index').forEach((t) => {
      const c = classOf(t, y, i);
      idx.append(el('li', {}, t.title + ': ' + (c ? c[0] : t.noClass) + (t.value && valueOf(t, y, i) !== null ? ' (' + format(valueOf(t, y, i), t.unit) + ')' : '')));
    });
    out.append(idx);
    out.append(el('h4', {}, T.chain));
    const chain = el('ol', { class: 'kette' });
    D.phases.forEach((p) => {
      const t = D.themes.find((x) => x.id === p.theme);
      const c = t ? classOf(t, y, i) : null;
      const li = el('li', {}, p.name);
      const swatch = el('span', { class: 'kreis' + (c ? '' : ' farbe ohne'), style: c ? 'background:' + c[1] : null });
      li.append(swatch, el('small', {}, c ? c[0] : (t ? t.noClass : '–')));
      chain.append(li);
    });
    out.append(chain);
    const table = el('table');
    const tr = el('tr');
    const other = state.compare >= 0 && state.compare !== i ? state.compare : -1;
    [T.indicator, d.name].concat(other >= 0 ? [D.districts[other].name] : [], [T.town, 'Kreis', T.trend]).forEach((h, k) => tr.append(el('th', { scope: 'col', class: k > 0 && k < (other >= 0 ? 5 : 4) ? 'zahl' : null }, h)));
    const thead = el('thead');
    thead.append(tr);
    table.append(thead);
    const body = el('tbody');
    D.indicators.list.forEach((ind) => {
      const iy = ind.years[ys];
      const row = el('tr');
      row.append(el('th', { scope: 'row' }, ind.title));
      const cell = (k) => (iy.withheld[k]
        ? el('td', { class: 'zahl gesperrt' }, iy.withheld[k])
        : el('td', { class: 'zahl' }, format(iy.val[k], ind.unit)));
      row.append(cell(i));
      if (other >= 0) row.append(cell(other));
      row.append(el('td', { class: 'zahl' }, d.town >= 0 ? format(iy.towns[d.town], ind.unit) : '–'));
      row.append(el('td', { class: 'zahl' }, format(iy.county[0], ind.unit)));
      const spark = el('td');
      spark.append(sparkline(years.map((yy) => ind.years[String(yy)].val[i])));
      row.append(spark);
      body.append(row);
    });
    table.append(body);
    const scroll = el('div', { class: 'rollen' });
    scroll.append(table);
    out.append(scroll);
    const targets = D.targets.filter((t) => t.year === y && (t.scope === 'county' || (t.scope === 'municipality' && d.town >= 0 && t.unit === D.towns[d.town].id) || (t.scope === 'district' && t.unit === d.id)));
    out.append(el('h4', {}, T.targets));
    const tl = el('ul');
    targets.forEach((t) => tl.append(el('li', {}, t.label + ': ' + t.status + (t.value !== null ? ' (' + number.format(t.value) + ')' : ''))));
    if (!targets.length) tl.append(el('li', {}, T.none));
    out.append(tl);
    out.append(el('h4', {}, T.offers_in));
    const ol = el('ul');
    const offers = D.offers.filter((o) => o.district === i);
    offers.forEach((o) => ol.append(el('li', {}, o.name + ' (' + o.type + ', ' + (phaseById.get(o.phase) || { name: o.phase }).name + ')')));
    if (!offers.length) ol.append(el('li', {}, T.none));
    out.append(ol);
    const gaps = gapDistricts(y).get(i) || [];
    gaps.forEach((t) => out.append(el('p', { class: 'hinweis' }, t.title + ': ' + t.rule)));
    box.replaceChildren(out);
  }

  // ---- class transitions between a chosen year and the map's year
  const fromSelect = $('vonjahr');
  years.forEach((y) => option(fromSelect, y, String(y)));
  function drawTransitions() {
    const t = theme();
    const to = themeYear(t, year());
    const fromYear = Number(fromSelect.value);
    const from = themeYear(t, fromYear);
    const table = $('wechsel-tabelle');
    table.replaceChildren();
    if (!to || !from) return;
    const cols = to.legend.map((l) => l[0]).concat([t.noClass]);
    const rows = from.legend.map((l) => l[0]).concat([t.noClass]);
    const cells = rows.map(() => cols.map(() => []));
    D.districts.forEach((d, i) => {
      if (state.town >= 0 && d.town !== state.town) return;
      const r = from.cls[i] < 0 ? rows.length - 1 : from.cls[i];
      const c = to.cls[i] < 0 ? cols.length - 1 : to.cls[i];
      cells[r][c].push(i);
    });
    table.append(el('caption', {}, t.title + ': ' + fromYear + ' → ' + year()));
    const head = el('tr');
    head.append(el('th', { scope: 'col' }, fromYear + ' \\ ' + year()));
    cols.forEach((c) => head.append(el('th', { scope: 'col', class: 'zahl' }, c)));
    const thead = el('thead');
    thead.append(head);
    table.append(thead);
    const body = el('tbody');
    rows.forEach((r, ri) => {
      const tr = el('tr');
      tr.append(el('th', { scope: 'row' }, r));
      cols.forEach((c, ci) => {
        const td = el('td', { class: 'zahl' + (ri === ci ? ' gleich' : '') });
        const n = cells[ri][ci].length;
        if (n) {
          const b = el('button', { type: 'button', 'aria-label': n + ' Sozialräume: ' + r + ' → ' + c }, String(n));
          b.addEventListener('click', () => { state.marked = new Set(cells[ri][ci]); drawOutlines(); });
          td.append(b);
        } else {
          td.textContent = '0';
        }
        tr.append(td);
      });
      body.append(tr);
    });
    table.append(body);
  }

  // ---- offers and gaps
  const phaseBox = $('phasen');
  D.phases.forEach((p) => {
    const label = el('label');
    const box = el('input', { type: 'checkbox', value: p.id });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) state.phasesShown.add(p.id); else state.phasesShown.delete(p.id);
      scheduleSymbols();
    });
    label.append(box, el('span', { class: 'farbe', style: 'background:' + p.colour }), document.createTextNode(' ' + p.name));
    phaseBox.append(label);
  });
  function drawOfferLegend() {
    const box = $('angebote-legende');
    box.replaceChildren();
    if (!$('angebote').checked || !types.length) return;
    const ul = el('ul');
    types.forEach((type) => {
      const li = el('li');
      const s = el('svg:svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true' });
      s.append(el('svg:path', { d: symbol(shapeOf(type), 8, 8, 4.5), fill: '#777', stroke: '#fff' }));
      li.append(s, document.createTextNode(type));
      ul.append(li);
    });
    D.phases.forEach((p) => {
      const li = el('li');
      li.append(el('span', { class: 'farbe', style: 'background:' + p.colour }), document.createTextNode(p.name));
      ul.append(li);
    });
    box.append(el('strong', {}, T.offers), ul);
  }
  function drawGaps() {
    const box = $('luecken-liste');
    box.replaceChildren();
    const y = year();
    D.themes.filter((t) => t.group === 'Lücken').forEach((t) => {
      const ty = themeYear(t, y);
      const found = ty ? ty.cls.map((c, i) => (c === ty.gap ? i : -1)).filter((i) => i >= 0 && (state.town < 0 || D.districts[i].town === state.town)) : [];
      const li = el('li');
      li.append(el('strong', {}, t.title + ' ' + y + ': ' + found.length + ' Sozialräume'), el('div', { class: 'hinweis' }, t.rule));
      const names = el('div');
      found.forEach((i, k) => {
        const b = el('button', { type: 'button' }, districtLabel(i));
        b.addEventListener('click', () => select(i));
        if (k) names.append(document.createTextNode(' · '));
        names.append(b);
      });
      li.append(names);
      box.append(li);
    });
  }

  // ---- the Transferbörse
  function fill(select, values) {
    option(select, '', T.all);
    values.forEach(([v, l]) => option(select, v, l));
  }
  const distinct = (f) => [...new Set(D.offers.map(f).filter(Boolean))].sort((a, b) => a.localeCompare(b, T.locale)).map((v) => [v, v]);
  fill($('b-phase'), D.phases.filter((p) => D.offers.some((o) => o.phase === p.id)).map((p) => [p.id, p.name]));
  fill($('b-gemeinde'), D.towns.map((t, i) => [String(i), t.name]));
  fill($('b-partner'), distinct((o) => o.partner));
  fill($('b-typ'), distinct((o) => o.type));
  fill($('b-art'), distinct((o) => o.art));
  function drawCatalogue() {
    const phase = $('b-phase').value;
    const town = $('b-gemeinde').value;
    const partner = $('b-partner').value;
    const type = $('b-typ').value;
    const kind = $('b-art').value;
    const shown = D.offers.map((o, i) => i).filter((i) => {
      const o = D.offers[i];
      return (!phase || o.phase === phase) && (!partner || o.partner === partner) && (!type || o.type === type) && (!kind || o.art === kind)
        && (!town || (o.district >= 0 && String(D.districts[o.district].town) === town));
    });
    $('boerse-anzahl').textContent = shown.length + ' ' + T.entries;
    const frag = document.createDocumentFragment();
    shown.forEach((i) => {
      const o = D.offers[i];
      const p = phaseById.get(o.phase) || { name: o.phase, colour: '#666' };
      const li = el('li', { 'data-offer': o.id, style: '--phase:' + p.colour });
      li.append(el('h3', {}, o.name));
      const dl = el('dl');
      const add = (k, v) => { if (v) { dl.append(el('dt', {}, k), el('dd', {}, v)); } };
      add(T.type, o.type);
      add(T.phase, p.name);
      add('Sozialraum', o.district >= 0 ? districtLabel(o.district) + ', ' + townName(o.district) : '–');
      D.catalogue.forEach(([key, title]) => add(title, o[key]));
      li.append(dl);
      const b = el('button', { type: 'button' }, T.show_on_map);
      b.addEventListener('click', () => showOffer(i));
      li.append(b);
      frag.append(li);
    });
    $('boerse-liste').replaceChildren(frag);
  }
  ['b-phase', 'b-gemeinde', 'b-partner', 'b-typ', 'b-art'].forEach((id) => $(id).addEventListener('change', drawCatalogue));
  function showOffer(i) {
    const o = D.offers[i];
    $('angebote').checked = true;
    state.phasesShown.add(o.phase);
    phaseBox.querySelectorAll('input').forEach((b) => { if (b.value === o.phase) b.checked = true; });
    const [x, y] = D.map.offers[i];
    const vw = W / 4; const vh = H / 4;
    setView([x - vw / 2, y - vh / 2, vw, vh]);
    drawOfferLegend();
    offerPaths.forEach((p) => p.classList.remove('blinkt'));
    offerPaths[i].classList.add('blinkt');
    offerPaths[i].setAttribute('stroke-width', 3);
    if (o.district >= 0) select(o.district);
    $('karte-bereich').scrollIntoView({ block: 'start' });
  }

  // ---- choosing
  function select(i) {
    state.selected = i;
    const d = D.districts[i];
    $('suche').value = d.n + ' ' + d.name + ' (' + d.id + ')';
    drawOutlines();
    drawProfile();
    drawChart();
    $('tabelle').querySelectorAll('tbody tr').forEach((tr) => tr.classList.toggle('gewaehlt', Number(tr.dataset.i) === i));
  }
  function findDistrict(q) {
    const s = q.trim().toLowerCase();
    if (!s) return -1;
    const exact = D.districts.findIndex((d) => (d.n + ' ' + d.name + ' (' + d.id + ')').toLowerCase() === s);
    if (exact >= 0) return exact;
    return D.districts.findIndex((d) => d.id.toLowerCase() === s || String(d.n) === s || d.name.toLowerCase() === s);
  }
  $('suche').addEventListener('change', (e) => {
    let i = findDistrict(e.target.value);
    if (i < 0) i = D.districts.findIndex((d) => d.name.toLowerCase().includes(e.target.value.trim().toLowerCase()));
    if (i >= 0) select(i);
  });
  themeSelect.addEventListener('change', () => { state.theme = Number(themeSelect.value); state.marked.clear(); update(); });
  slider.addEventListener('input', () => { state.year = Number(slider.value); update(); });
  townSelect.addEventListener('change', () => { state.town = Number(townSelect.value); setView(townView()); update(); });
  compareSelect.addEventListener('change', () => { state.compare = Number(compareSelect.value); drawOutlines(); drawProfile(); drawChart(); });
  fromSelect.addEventListener('change', drawTransitions);
  $('filter').addEventListener('input', (e) => { state.filter = e.target.value; drawTable(); });
  $('beschriftung').addEventListener('change', scheduleSymbols);
  $('angebote').addEventListener('change', () => { drawOfferLegend(); scheduleSymbols(); });
  $('luecken').addEventListener('change', drawOutlines);
  window.addEventListener('resize', scheduleSymbols);

  function update() {
    const y = year();
    $('jahr-wert').textContent = String(y);
    slider.setAttribute('aria-valuetext', String(y));
    if (!fromSelect.value || Number(fromSelect.value) === y) {
      fromSelect.value = String(years[Math.max(0, state.year - 1)]);
    }
    recolour();
    drawOutlines();
    drawTable();
    drawChart();
    drawProfile();
    drawTransitions();
    drawGaps();
    scheduleSymbols();
  }
  fromSelect.value = String(years[Math.max(0, state.year - 1)]);
  update();
  drawCatalogue();
  document.body.dataset.bereit = 'ja';
})();
