// The pair dashboard: a pair picker, the Goldstein series of both directions and QuadClass bars.

import { get, describe } from './api.js';
import { el, replace, notice } from './dom.js';
import { QUAD_CLASSES, formatNumber, parsePair } from './format.js';
import { lineChart, stackedBars, parseDay } from './charts.js';
import { sampleEvents, pairsOf, SAMPLE } from './derived.js';

const DIRECTION_COLORS = ['#1f4e79', '#b05a1f'];

/** The pairs from /api/pairs in one shape, [{a, b, events, goldsteinMean}], whatever its field names. */
function normalisePairs(body) {
  const list = Array.isArray(body) ? body : body.pairs || body.rows || [];
  return list
    .map((p) => {
      const codes = p.pair ? parsePair(String(p.pair)) : p.countries || [p.a ?? p.source, p.b ?? p.target];
      return { a: codes && codes[0], b: codes && codes[1], events: p.events ?? p.count ?? p.total ?? 0, goldsteinMean: p.goldsteinMean };
    })
    .filter((p) => p.a && p.b);
}

/** The pair dashboard view; `show` draws it on first use. */
export class RelationsView {
  constructor(app) {
    this.app = app;
    this.form = document.getElementById('pair-form');
    this.select = document.getElementById('pair-select');
    this.a = document.getElementById('pair-a');
    this.b = document.getElementById('pair-b');
    this.by = document.getElementById('pair-by');
    this.notice = document.getElementById('pair-notice');
    this.summary = document.getElementById('pair-summary');
    this.goldstein = document.getElementById('goldstein-chart');
    this.quad = document.getElementById('quad-chart');
    this.link = document.getElementById('pair-events-link');
    this.request = 0;
    this.loaded = false;
    this.select.addEventListener('change', () => {
      const pair = parsePair(this.select.value);
      if (pair) {
        [this.a.value, this.b.value] = pair;
        this.draw();
      }
    });
    this.by.addEventListener('change', () => this.draw());
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.draw();
    });
    this.link.addEventListener('click', (ev) => {
      ev.preventDefault();
      const a = this.a.value.trim().toUpperCase();
      const b = this.b.value.trim().toUpperCase();
      if (a && b) {
        this.app.events.open({ pair: a + ',' + b, actor: '', from: '', to: '', status: 'asserted' });
      }
    });
  }

  async show() {
    if (this.loaded) {
      return;
    }
    this.loaded = true;
    const pairs = await this.loadPairs();
    replace(this.select, pairs.length ? null : el('option', { value: '' }, 'no pairs yet'),
      pairs.map((p) => el('option', { value: p.a + ',' + p.b },
        `${p.a} – ${p.b}  (${p.events} event${p.events === 1 ? '' : 's'}${p.goldsteinMean === undefined ? '' : ', mean ' + formatNumber(p.goldsteinMean, 1)})`)));
    if (pairs.length) {
      this.a.value = pairs[0].a;
      this.b.value = pairs[0].b;
      await this.draw();
    } else {
      this.empty('No pair of countries has dated, asserted events in this store yet.');
    }
  }

  /** The most active pairs, from /api/pairs or, when the server lacks it, from recent events. */
  async loadPairs() {
    try {
      const pairs = normalisePairs(await get('pairs', { limit: 50 }));
      notice(this.notice, '');
      return pairs;
    } catch (e) {
      if (!e.notFound) {
        notice(this.notice, describe(e, 'Listing the pairs'), true);
        return [];
      }
    }
    try {
      const pairs = pairsOf(await sampleEvents(), 50);
      notice(this.notice, `The pair list is not available on this server (/api/pairs); pairs below are counted from the latest ${SAMPLE} asserted events.`);
      return pairs;
    } catch (e) {
      notice(this.notice, describe(e, 'Reading events'), true);
      return [];
    }
  }

  async draw() {
    const a = this.a.value.trim().toUpperCase();
    const b = this.b.value.trim().toUpperCase();
    const by = this.by.value;
    if (!/^[A-Z]{3,12}$/.test(a) || !/^[A-Z]{3,12}$/.test(b)) {
      notice(this.notice, 'Give two actor codes of 3 to 12 letters, such as PAK and RUS.', true);
      return;
    }
    const key = a + ',' + b;
    this.select.value = [...this.select.options].some((o) => o.value === key) ? key : this.select.value;
    this.link.textContent = `List the ${a}–${b} events →`;
    // Only the latest request may draw: an earlier, slower answer is dropped.
    const request = ++this.request;
    let body;
    try {
      body = await get('relations', { a, b, by });
    } catch (e) {
      notice(this.notice, describe(e, `Relations of ${a} and ${b}`), true);
      return;
    }
    if (request !== this.request) {
      return;
    }
    if (!body.rows.length) {
      this.empty(`No dated, asserted events between ${a} and ${b}.`);
      return;
    }
    this.render(a, b, by, body.rows);
  }

  empty(message) {
    replace(this.summary);
    replace(this.goldstein, el('p', { class: 'empty' }, message));
    replace(this.quad, el('p', { class: 'empty' }, message));
  }

  render(a, b, by, rows) {
    const periods = [...new Set(rows.map((r) => parseDay(r.period)))].sort((x, y) => x - y);
    const directions = [[a, b], [b, a]];
    const series = directions.map(([s, t], i) => ({
      label: `${s} → ${t}`,
      color: DIRECTION_COLORS[i],
      points: rows.filter((r) => r.source === s && r.target === t)
        .map((r) => ({ t: parseDay(r.period), value: r.goldsteinMean, events: r.events })),
    }));
    replace(this.goldstein, lineChart(periods, by, series, { yTitle: 'mean Goldstein' }));

    const stacks = periods.map((t) => {
      const counts = {};
      for (const r of rows.filter((x) => parseDay(x.period) === t)) {
        for (const q of QUAD_CLASSES) {
          counts[q.key] = (counts[q.key] || 0) + r[q.key];
        }
      }
      return { t, counts };
    });
    replace(this.quad, stackedBars(periods, by, stacks, QUAD_CLASSES, { yTitle: 'events' }));

    const stat = (label, value) => el('div', { class: 'stat' }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value));
    const total = rows.reduce((s, r) => s + r.events, 0);
    const stats = [stat(`${a} – ${b} events`, total)];
    for (const [s, t] of directions) {
      const mine = rows.filter((r) => r.source === s && r.target === t);
      const n = mine.reduce((x, r) => x + r.events, 0);
      const sum = mine.reduce((x, r) => x + r.goldsteinSum, 0);
      stats.push(stat(`${s} → ${t}: ${n} event${n === 1 ? '' : 's'}, mean Goldstein`, n ? formatNumber(sum / n, 2) : '—'));
    }
    stats.push(stat(`${by === 'day' ? 'Days' : by === 'week' ? 'Weeks' : by === 'year' ? 'Years' : 'Months'} with events`, periods.length));
    replace(this.summary, stats);
  }
}
