// Pairs, networks and places computed in the browser from a page of events, for servers that
// lack /api/pairs, /api/network or /api/places. The views say when they use these.

import { get } from './api.js';

/** How many events the browser reads to compute a view. */
export const SAMPLE = 1000;

/** The latest asserted events (at most SAMPLE) matching the filters. */
export async function sampleEvents(filters = {}) {
  const page = await get('events', { ...filters, status: 'asserted', limit: SAMPLE });
  return page.events;
}

/** The two sides of an event as countries (level "country") or actor codes, or null when one is unknown. */
function sides(e, level = 'country') {
  if (!e.source || !e.target) {
    return null;
  }
  return level === 'actor' ? [e.source.code, e.target.code] : [e.source.country, e.target.country];
}

/** Country pairs by events, most active first: [{a, b, events, goldsteinMean}]. */
export function pairsOf(events, limit = 50) {
  const byKey = new Map();
  for (const e of events) {
    const c = sides(e);
    if (!c || c[0] === c[1] || !e.date) {
      continue;
    }
    const [a, b] = c[0] < c[1] ? c : [c[1], c[0]];
    const key = a + ',' + b;
    const p = byKey.get(key) || { a, b, events: 0, goldsteinSum: 0 };
    p.events += 1;
    p.goldsteinSum += e.goldstein;
    byKey.set(key, p);
  }
  return [...byKey.values()]
    .map((p) => ({ a: p.a, b: p.b, events: p.events, goldsteinMean: p.goldsteinSum / p.events }))
    .sort((x, y) => y.events - x.events || (x.a + x.b).localeCompare(y.a + y.b))
    .slice(0, limit);
}

/** The network in the API's shape, {nodes, links}: directed links between distinct countries or actor codes (level). */
export function networkOf(events, focus, limit, level = 'country') {
  const links = new Map();
  const nodes = new Map();
  for (const e of events) {
    const c = sides(e, level);
    if (!c || c[0] === c[1]) {
      continue;
    }
    const [s, t] = c;
    const key = s + ',' + t;
    const l = links.get(key) || { source: s, target: t, events: 0, sum: 0, quadClass: { 1: 0, 2: 0, 3: 0, 4: 0 } };
    l.events += 1;
    l.sum += e.goldstein;
    l.quadClass[e.quadClass] += 1;
    links.set(key, l);
  }
  let kept = [...links.values()]
    .filter((l) => !focus || l.source.startsWith(focus) || l.target.startsWith(focus))
    .sort((x, y) => y.events - x.events)
    .slice(0, limit);
  kept = kept.map((l) => ({ source: l.source, target: l.target, events: l.events, goldsteinMean: l.sum / l.events, quadClass: l.quadClass }));
  for (const l of kept) {
    for (const id of [l.source, l.target]) {
      const n = nodes.get(id) || { id, label: id, events: 0 };
      n.events += l.events;
      nodes.set(id, n);
    }
  }
  return { nodes: [...nodes.values()], links: kept };
}

/** Event places in the API's shape: {places: [{name, country, lat, lon, geonameId, events, goldsteinMean}]}. */
export function placesOf(events) {
  const byKey = new Map();
  for (const e of events) {
    const l = e.location;
    if (!l || l.lat === null || l.lon === null || l.lat === undefined || l.lon === undefined) {
      continue;
    }
    const key = l.geonameId ?? `${l.name}|${l.lat}|${l.lon}`;
    const p = byKey.get(key) || { name: l.name, country: l.country, lat: l.lat, lon: l.lon, geonameId: l.geonameId, events: 0, sum: 0 };
    p.events += 1;
    p.sum += e.goldstein;
    byKey.set(key, p);
  }
  return {
    places: [...byKey.values()]
      .map(({ sum, ...p }) => ({ ...p, goldsteinMean: sum / p.events }))
      .sort((x, y) => y.events - x.events),
  };
}
