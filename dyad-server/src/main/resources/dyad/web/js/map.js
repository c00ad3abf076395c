// The world map: country shapes from the bundled world-atlas topology, event places as circles.

import { get, describe } from './api.js';
import { el, svg, replace, notice, formValues, tooltip, loadOnSubmitAndShow } from './dom.js';
import { goldsteinColor, goldsteinBadge, formatNumber, parsePair } from './format.js';
import { legend } from './charts.js';
import { features } from './topojson.js';
import { sampleEvents, placesOf, SAMPLE } from './derived.js';

const WIDTH = 960;
const NORTH = 84;
const SOUTH = -58;
const HEIGHT = Math.round((WIDTH * (NORTH - SOUTH)) / 360);
const ATLAS = 'vendor/world-atlas/countries-110m.json';

/** Equirectangular projection of [lon, lat] onto the map's pixels. */
export function project(lon, lat) {
  return [((lon + 180) / 360) * WIDTH, ((NORTH - lat) / (NORTH - SOUTH)) * HEIGHT];
}

/** An SVG path for polygons; a ring is broken where it jumps across the antimeridian. */
function pathOf(polygons) {
  let d = '';
  for (const polygon of polygons) {
    for (const r of polygon) {
      let previous = null;
      for (const [lon, lat] of r) {
        const [x, y] = project(lon, lat);
        const jump = previous !== null && Math.abs(lon - previous) > 180;
        d += (previous === null || jump ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1);
        previous = lon;
      }
      d += 'Z';
    }
  }
  return d;
}

/** The map view. */
export class MapView {
  constructor(app) {
    this.app = app;
    this.form = document.getElementById('map-form');
    this.chart = document.getElementById('map-chart');
    this.list = document.getElementById('place-list');
    this.notice = document.getElementById('map-notice');
    this.countries = null;
    loadOnSubmitAndShow(this, this.form);
  }

  /** The country shapes, read once. */
  async shapes() {
    if (!this.countries) {
      const response = await fetch(ATLAS);
      if (!response.ok) {
        throw new Error(`the map's country shapes (${ATLAS}) answered ${response.status}`);
      }
      this.countries = features(await response.json(), 'countries');
    }
    return this.countries;
  }

  async load() {
    const f = formValues(this.form);
    const filters = {
      actor: f.actor ? f.actor.toUpperCase() : '',
      pair: f.pair ? (parsePair(f.pair) || []).join(',') : '',
      from: f.from,
      to: f.to,
    };
    let countries = [];
    let message = '';
    try {
      countries = await this.shapes();
    } catch (e) {
      message = 'The map cannot be drawn: ' + e.message + '.';
    }
    let places = [];
    try {
      places = (await get('places', filters)).places;
    } catch (e) {
      if (!e.notFound) {
        notice(this.notice, describe(e, 'Listing places') + (message ? ' ' + message : ''), true);
        this.draw(countries, []);
        return;
      }
      try {
        places = placesOf(await sampleEvents(filters)).places;
        message += (message ? ' ' : '') + `Places are not available on this server (/api/places); the circles below are counted from the latest ${SAMPLE} asserted events.`;
      } catch (e2) {
        notice(this.notice, describe(e2, 'Reading events'), true);
      }
    }
    if (!places.length) {
      message += (message ? ' ' : '') + 'No event with a known place matches these filters.';
    }
    notice(this.notice, message);
    this.draw(countries, places);
  }

  draw(countries, places) {
    const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'World map of event places' });
    root.appendChild(svg('rect', { class: 'ocean', x: 0, y: 0, width: WIDTH, height: HEIGHT }));
    const grid = svg('g', { class: 'graticule-group' });
    for (let lon = -150; lon <= 150; lon += 30) {
      const [x] = project(lon, 0);
      grid.appendChild(svg('line', { class: 'graticule', x1: x, x2: x, y1: 0, y2: HEIGHT }));
    }
    for (let lat = -30; lat <= 60; lat += 30) {
      const [, y] = project(0, lat);
      grid.appendChild(svg('line', { class: 'graticule', x1: 0, x2: WIDTH, y1: y, y2: y }));
    }
    root.appendChild(grid);
    const land = svg('g', { class: 'countries' });
    for (const c of countries) {
      land.appendChild(svg('path', { class: 'country', d: pathOf(c.polygons), 'data-id': c.id }, tooltip(c.name)));
    }
    root.appendChild(land);
    const max = Math.max(1, ...places.map((p) => p.events));
    const dots = svg('g', { class: 'places' });
    for (const p of places.slice().sort((a, b) => b.events - a.events)) {
      const [x, y] = project(p.lon, p.lat);
      dots.appendChild(svg('circle', {
        class: 'place', cx: x.toFixed(1), cy: y.toFixed(1), r: (4 + 12 * Math.sqrt(p.events / max)).toFixed(1),
        fill: goldsteinColor(p.goldsteinMean), 'data-name': p.name,
      }, tooltip(`${p.name}${p.country ? ', ' + p.country : ''}: ${p.events} event(s), mean Goldstein ${formatNumber(p.goldsteinMean, 1)}`)));
    }
    root.appendChild(dots);
    const scale = [-10, -5, 0, 5, 10].map((v) => ({ label: 'Goldstein ' + formatNumber(v, 0), color: goldsteinColor(v) }));
    replace(this.chart, root, legend(scale));
    replace(this.list, places.length
      ? places.slice(0, 25).map((p) => el('li', null,
        el('span', null, p.name, el('span', { class: 'muted' }, p.country ? ' ' + p.country : '')),
        el('span', null, el('span', { class: 'muted' }, p.events + (p.events === 1 ? ' event ' : ' events ')), goldsteinBadge(p.goldsteinMean))))
      : el('li', { class: 'muted' }, 'No places.'));
  }
}
