// The actor network: a small force-directed layout in SVG, links coloured by mean Goldstein.

import { get, describe } from './api.js';
import { svg, el, replace, notice, formValues, tooltip, loadOnSubmitAndShow } from './dom.js';
import { goldsteinColor, formatNumber, quadLabel } from './format.js';
import { sampleEvents, networkOf, SAMPLE } from './derived.js';

const WIDTH = 1000;
const HEIGHT = 520;

/**
 * Positions nodes with a force layout (repulsion between all nodes, springs along links, a pull
 * to the centre), started from a circle so that the same network always lands the same way.
 */
export function layout(nodes, links) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: WIDTH / 2 + (WIDTH / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: HEIGHT / 2 + (HEIGHT / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  if (n < 2) {
    return pos.map(() => ({ x: WIDTH / 2, y: HEIGHT / 2 }));
  }
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const edges = links.map((l) => [index.get(l.source), index.get(l.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt((WIDTH * HEIGHT) / n) * 0.55;
  let temperature = WIDTH / 8;
  for (let iteration = 0; iteration < 300; iteration++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const d2 = dx * dx + dy * dy;
        const f = (k * k) / d2;
        disp[i].x += dx * f;
        disp[i].y += dy * f;
        disp[j].x -= dx * f;
        disp[j].y -= dy * f;
      }
    }
    for (const [a, b] of edges) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = d / k;
      disp[a].x -= dx * f;
      disp[a].y -= dy * f;
      disp[b].x += dx * f;
      disp[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i].x += (WIDTH / 2 - pos[i].x) * 0.05;
      disp[i].y += (HEIGHT / 2 - pos[i].y) * 0.05;
      const d = Math.sqrt(disp[i].x ** 2 + disp[i].y ** 2) || 1;
      const step = Math.min(d, temperature);
      pos[i].x = Math.min(WIDTH - 50, Math.max(50, pos[i].x + (disp[i].x / d) * step));
      pos[i].y = Math.min(HEIGHT - 30, Math.max(30, pos[i].y + (disp[i].y / d) * step));
    }
    temperature *= 0.985;
  }
  return pos;
}

/** The network view. */
export class NetworkView {
  constructor(app) {
    this.app = app;
    this.form = document.getElementById('network-form');
    this.chart = document.getElementById('network-chart');
    this.notice = document.getElementById('network-notice');
    loadOnSubmitAndShow(this, this.form);
  }

  async load() {
    const f = formValues(this.form);
    const actor = f.actor ? f.actor.toUpperCase() : '';
    if (actor.length > 3 && f.level !== 'actor') {
      // An actor code such as RUSGOV only has links at the actor level.
      this.form.elements.namedItem('level').value = 'actor';
      f.level = 'actor';
    }
    const limit = Math.min(500, Math.max(1, Number(f.limit) || 60));
    let net;
    try {
      net = await get('network', { actor, from: f.from, to: f.to, limit, level: f.level });
      notice(this.notice, '');
    } catch (e) {
      if (!e.notFound) {
        notice(this.notice, describe(e, 'Reading the network'), true);
        return;
      }
      try {
        net = networkOf(await sampleEvents({ actor, from: f.from, to: f.to }), actor, limit, f.level);
        notice(this.notice, `The network is not available on this server (/api/network); the links below are counted from the latest ${SAMPLE} asserted events.`);
      } catch (e2) {
        notice(this.notice, describe(e2, 'Reading events'), true);
        return;
      }
    }
    this.draw(net, actor);
  }

  draw(net, focus) {
    const nodes = net.nodes || [];
    const links = net.links || [];
    if (!nodes.length) {
      replace(this.chart, el('p', { class: 'empty' }, 'No links between actors match these filters.'));
      return;
    }
    const pos = layout(nodes, links);
    const at = new Map(nodes.map((d, i) => [d.id, pos[i]]));
    const maxLink = Math.max(1, ...links.map((l) => l.events));
    const maxNode = Math.max(1, ...nodes.map((d) => d.events));
    const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Actor network' });
    const linkLayer = svg('g', { class: 'net-links' });
    for (const l of links.slice().sort((a, b) => a.events - b.events)) {
      const a = at.get(l.source);
      const b = at.get(l.target);
      if (!a || !b) {
        continue;
      }
      const q = l.quadClass || {};
      const quads = [1, 2, 3, 4].filter((i) => q[i]).map((i) => `${quadLabel(i).toLowerCase()} ${q[i]}`).join(', ');
      const color = goldsteinColor(l.goldsteinMean);
      const width = 1.5 + 7 * Math.sqrt(l.events / maxLink);
      const curve = arc(a, b, 0.18);
      const line = svg('g', { class: 'net-link', 'data-source': l.source, 'data-target': l.target },
        svg('path', { d: curve.d, fill: 'none', stroke: color, 'stroke-width': width.toFixed(1) }),
        svg('path', { d: arrow(curve, 5 + width), fill: color }),
        tooltip(`${l.source} → ${l.target}: ${l.events} event(s), mean Goldstein ${formatNumber(l.goldsteinMean, 1)}${quads ? '; ' + quads : ''}`));
      line.addEventListener('click', () => this.app.events.open({ pair: l.source + ',' + l.target, status: 'asserted' }));
      linkLayer.appendChild(line);
    }
    root.appendChild(linkLayer);
    const nodeLayer = svg('g', { class: 'net-nodes' });
    nodes.forEach((d) => {
      const p = at.get(d.id);
      const r = 7 + 13 * Math.sqrt(d.events / maxNode);
      const g = svg('g', { class: 'net-node' + (d.id === focus ? ' focus' : ''), transform: `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`, 'data-id': d.id },
        svg('circle', { r: r.toFixed(1) }),
        svg('text', { x: (r + 4).toFixed(1), y: 4 }, d.id),
        tooltip(`${d.label && d.label !== d.id ? d.label + ' (' + d.id + ')' : d.id}: ${d.events} event(s); click to centre the network on it`));
      g.addEventListener('click', () => {
        this.form.elements.namedItem('actor').value = d.id;
        this.load();
      });
      nodeLayer.appendChild(g);
    });
    root.appendChild(nodeLayer);
    root.appendChild(goldsteinLegend());
    replace(this.chart, root);
  }
}

/**
 * A quadratic curve from a to b bent to its left by bend times its length, so that the two
 * directions of a pair run apart: {d, a, c, b} with c the control point.
 */
function arc(a, b, bend) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const c = { x: (a.x + b.x) / 2 + dy * bend, y: (a.y + b.y) / 2 - dx * bend };
  return { d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`, a, c, b };
}

/** A triangle pointing along the curve, at 60% of its way: the link's direction. */
function arrow({ a, c, b }, size) {
  const t = 0.6;
  const u = 1 - t;
  const x = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
  const y = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
  const tx = 2 * u * (c.x - a.x) + 2 * t * (b.x - c.x);
  const ty = 2 * u * (c.y - a.y) + 2 * t * (b.y - c.y);
  const n = Math.sqrt(tx * tx + ty * ty) || 1;
  const ux = tx / n;
  const uy = ty / n;
  const tip = [x + ux * size, y + uy * size];
  const left = [x - uy * size * 0.6, y + ux * size * 0.6];
  const right = [x + uy * size * 0.6, y - ux * size * 0.6];
  return `M${tip[0].toFixed(1)},${tip[1].toFixed(1)}L${left[0].toFixed(1)},${left[1].toFixed(1)}L${right[0].toFixed(1)},${right[1].toFixed(1)}Z`;
}

/** A colour bar from −10 to +10 in the corner. */
function goldsteinLegend() {
  const g = svg('g', { class: 'legend', transform: `translate(${WIDTH - 230} ${HEIGHT - 40})` });
  const steps = 20;
  for (let i = 0; i < steps; i++) {
    g.appendChild(svg('rect', { x: i * 10, y: 0, width: 10, height: 10, fill: goldsteinColor(-10 + (20 * (i + 0.5)) / steps) }));
  }
  g.appendChild(svg('text', { x: 0, y: 24 }, '−10 hostile'));
  g.appendChild(svg('text', { x: 200, y: 24, 'text-anchor': 'end' }, 'cooperative +10'));
  return g;
}
