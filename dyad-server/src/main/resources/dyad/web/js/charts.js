// Hand-written SVG charts over time periods: a line chart and stacked bars sharing one time axis.

import { el, svg, tooltip } from './dom.js';
import { formatNumber } from './format.js';

const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Milliseconds (UTC) of an ISO date such as 2021-04-01. */
export function parseDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The start of the period after the one starting at t. */
export function nextPeriod(t, by) {
  const d = new Date(t);
  switch (by) {
    case 'day':
      return t + DAY;
    case 'week':
      return t + 7 * DAY;
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    default:
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
}

/** A period's label: the day, "Apr 2021" for a month, "2021" for a year. */
export function periodLabel(t, by) {
  const d = new Date(t);
  if (by === 'year') {
    return String(d.getUTCFullYear());
  }
  if (by === 'month') {
    return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }
  return d.toISOString().slice(0, 10);
}

/** A linear scale from domain [d0, d1] to range [r0, r1]. */
function linear(d0, d1, r0, r1) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Whole-number tick values from 0 to at least max: at most about six of them. */
function countTicks(max) {
  const raw = Math.max(1, max) / 5;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw));
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) {
    ticks.push(ticks[ticks.length - 1] + step);
  }
  return ticks;
}

/** The layout shared by both charts: size, margins, and the time axis of the periods. */
class Frame {
  constructor(periods, by, opts = {}) {
    this.width = opts.width || 600;
    this.height = opts.height || 300;
    this.margin = { top: 12, right: 16, bottom: 34, left: 46 };
    this.by = by;
    this.periods = periods;
    const first = periods[0];
    const end = nextPeriod(periods[periods.length - 1], by);
    this.x = linear(first, end, this.margin.left, this.width - this.margin.right);
    this.bottom = this.height - this.margin.bottom;
    this.top = this.margin.top;
    this.root = svg('svg', {
      viewBox: `0 0 ${this.width} ${this.height}`,
      role: 'img',
      preserveAspectRatio: 'xMidYMid meet',
    });
  }

  /** The middle of the period starting at t. */
  mid(t) {
    return (this.x(t) + this.x(nextPeriod(t, this.by))) / 2;
  }

  /** The x axis: every period from the first to the last, at most about eight labelled. */
  xAxis() {
    const all = [];
    const last = this.periods[this.periods.length - 1];
    for (let t = this.periods[0]; t <= last && all.length < 5000; t = nextPeriod(t, this.by)) {
      all.push(t);
    }
    const every = Math.max(1, Math.ceil(all.length / 8));
    const g = svg('g', { class: 'axis x-axis' });
    g.appendChild(svg('line', { x1: this.margin.left, x2: this.width - this.margin.right, y1: this.bottom, y2: this.bottom }));
    all.forEach((t, i) => {
      if (i % every !== 0) {
        return;
      }
      const x = this.mid(t);
      g.appendChild(svg('line', { x1: x, x2: x, y1: this.bottom, y2: this.bottom + 4 }));
      g.appendChild(svg('text', { x, y: this.bottom + 16, 'text-anchor': 'middle' }, periodLabel(t, this.by)));
    });
    return g;
  }

  /** A y axis with grid lines at the given ticks. */
  yAxis(ticks, y, title) {
    const g = svg('g', { class: 'axis y-axis' });
    for (const v of ticks) {
      const yy = y(v);
      g.appendChild(svg('line', { class: 'gridline', x1: this.margin.left, x2: this.width - this.margin.right, y1: yy, y2: yy, stroke: '#edf0f3' }));
      g.appendChild(svg('text', { x: this.margin.left - 6, y: yy + 4, 'text-anchor': 'end' }, formatNumber(v, Number.isInteger(v) ? 0 : 1)));
    }
    g.appendChild(svg('text', {
      class: 'axis-title', transform: `translate(12 ${(this.top + this.bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle',
    }, title));
    return g;
  }
}

/**
 * A line chart of values per period. series: [{label, color, points: [{t, value, events}]}];
 * the y range is fixed to [yMin, yMax] so that charts of different pairs compare.
 */
export function lineChart(periods, by, series, { yMin = -10, yMax = 10, yTitle = '' } = {}) {
  const f = new Frame(periods, by);
  const y = linear(yMin, yMax, f.bottom, f.top);
  const ticks = [];
  for (let v = yMin; v <= yMax; v += (yMax - yMin) / 4) {
    ticks.push(v);
  }
  f.root.appendChild(f.yAxis(ticks, y, yTitle));
  if (yMin < 0 && yMax > 0) {
    f.root.appendChild(svg('line', { class: 'zero', x1: f.margin.left, x2: f.width - f.margin.right, y1: y(0), y2: y(0) }));
  }
  f.root.appendChild(f.xAxis());
  for (const s of series) {
    const pts = s.points.slice().sort((a, b) => a.t - b.t);
    // Consecutive periods are joined by a solid line; across periods without events, by a dashed one.
    let solid = '';
    let dashed = '';
    pts.forEach((p, i) => {
      const at = `${f.mid(p.t).toFixed(1)},${y(p.value).toFixed(1)}`;
      if (i > 0) {
        const from = `M${f.mid(pts[i - 1].t).toFixed(1)},${y(pts[i - 1].value).toFixed(1)}`;
        if (nextPeriod(pts[i - 1].t, by) === p.t) {
          solid += from + 'L' + at;
        } else {
          dashed += from + 'L' + at;
        }
      }
    });
    if (solid) {
      f.root.appendChild(svg('path', { class: 'series', d: solid, stroke: s.color, 'data-series': s.label }));
    }
    if (dashed) {
      f.root.appendChild(svg('path', { class: 'series gap', d: dashed, stroke: s.color, 'data-series': s.label }));
    }
    for (const p of pts) {
      f.root.appendChild(svg('circle', {
        class: 'point', cx: f.mid(p.t).toFixed(1), cy: y(p.value).toFixed(1), r: 4.5, fill: s.color, 'data-series': s.label,
      }, tooltip(`${s.label}, ${periodLabel(p.t, by)}: mean ${formatNumber(p.value)} over ${p.events} event(s)`)));
    }
  }
  return el('div', null, legend(series.map((s) => ({ label: s.label, color: s.color, line: true }))), f.root);
}

/**
 * Stacked bars of counts per period. rows: [{t, counts: {key: n}}]; layers: [{key, label, color}]
 * from the bottom up.
 */
export function stackedBars(periods, by, rows, layers, { yTitle = '' } = {}) {
  const f = new Frame(periods, by);
  const max = Math.max(1, ...rows.map((r) => layers.reduce((s, l) => s + (r.counts[l.key] || 0), 0)));
  const ticks = countTicks(max);
  const y = linear(0, ticks[ticks.length - 1], f.bottom, f.top);
  f.root.appendChild(f.yAxis(ticks, y, yTitle));
  for (const r of rows) {
    const x0 = f.x(r.t);
    const x1 = f.x(nextPeriod(r.t, by));
    const w = Math.max(4, Math.min(60, (x1 - x0) * 0.7));
    const x = (x0 + x1) / 2 - w / 2;
    let base = 0;
    for (const l of layers) {
      const n = r.counts[l.key] || 0;
      if (n > 0) {
        f.root.appendChild(svg('rect', {
          class: 'bar', x: x.toFixed(1), width: w.toFixed(1), y: y(base + n).toFixed(1), height: (y(base) - y(base + n)).toFixed(1),
          fill: l.color, 'data-layer': l.key,
        }, tooltip(`${periodLabel(r.t, by)}: ${n} ${l.label.toLowerCase()}`)));
        base += n;
      }
    }
  }
  f.root.appendChild(f.xAxis());
  return el('div', null, legend(layers.map((l) => ({ label: l.label, color: l.color }))), f.root);
}

/** A legend above a chart: [{label, color, line?}], as HTML so that it wraps. */
export function legend(items) {
  return el('div', { class: 'chart-legend' }, items.map((item) => {
    const swatch = el('span', { class: item.line ? 'swatch line' : 'swatch' });
    swatch.style.backgroundColor = item.color;
    return el('span', { class: 'legend-item' }, swatch, item.label);
  }));
}
