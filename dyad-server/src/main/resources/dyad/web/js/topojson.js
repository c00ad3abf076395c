// A small TopoJSON reader: enough to turn world-atlas's country topology into polygon rings of
// [longitude, latitude] points (https://github.com/topojson/topojson-specification).

/** The arcs of a topology as absolute coordinates, undoing the quantisation and delta-encoding. */
function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) {
      return arc.map((p) => [p[0], p[1]]);
    }
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** A ring from arc indexes; a negative index ~i means arc i reversed. */
function ring(indexes, arcs) {
  const points = [];
  for (const i of indexes) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    arc.forEach((p, k) => {
      if (k > 0 || points.length === 0) {
        points.push(p);
      }
    });
  }
  return points;
}

/**
 * The geometries of one named object as features: [{id, name, polygons: [[ring, ...], ...]}],
 * each ring a list of [lon, lat]. Geometries other than polygons are left out.
 */
export function features(topology, objectName) {
  const object = topology.objects && topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`the topology has no geometry collection named ${objectName}`);
  }
  const arcs = decodeArcs(topology);
  const out = [];
  for (const g of object.geometries) {
    let polygons;
    if (g.type === 'Polygon') {
      polygons = [g.arcs.map((r) => ring(r, arcs))];
    } else if (g.type === 'MultiPolygon') {
      polygons = g.arcs.map((p) => p.map((r) => ring(r, arcs)));
    } else {
      continue;
    }
    out.push({ id: g.id, name: (g.properties && g.properties.name) || '', polygons });
  }
  return out;
}
