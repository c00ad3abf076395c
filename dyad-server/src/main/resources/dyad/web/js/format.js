// Labels and colours shared by the views.

import { el } from './dom.js';

/** QuadClass 1-4 (GDELT convention) with a label and a colour. */
export const QUAD_CLASSES = [
  { id: 1, key: 'verbalCooperation', label: 'Verbal cooperation', color: '#8cc084' },
  { id: 2, key: 'materialCooperation', label: 'Material cooperation', color: '#2f7d3b' },
  { id: 3, key: 'verbalConflict', label: 'Verbal conflict', color: '#f0a04b' },
  { id: 4, key: 'materialConflict', label: 'Material conflict', color: '#c0392b' },
];

/** The label of a QuadClass number. */
export function quadLabel(q) {
  const c = QUAD_CLASSES.find((x) => x.id === Number(q));
  return c ? c.label : String(q);
}

const HOSTILE = [192, 57, 43];
const NEUTRAL = [150, 158, 168];
const FRIENDLY = [47, 125, 59];

/** A colour for a Goldstein value: red (−10) through grey (0) to green (+10). */
export function goldsteinColor(v) {
  if (v === null || v === undefined || Number.isNaN(Number(v))) {
    return 'rgb(150,158,168)';
  }
  const t = Math.max(-1, Math.min(1, Number(v) / 10));
  const to = t < 0 ? HOSTILE : FRIENDLY;
  const k = Math.pow(Math.abs(t), 0.7);
  const rgb = NEUTRAL.map((n, i) => Math.round(n + (to[i] - n) * k));
  return `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`;
}

/** A Goldstein value as a coloured badge. */
export function goldsteinBadge(v) {
  const badge = el('span', { class: 'gs' }, formatNumber(v, 1));
  badge.style.backgroundColor = goldsteinColor(v);
  badge.style.color = '#fff';
  return badge;
}

/** A number with the given decimals and a real minus sign, or an em dash when missing. */
export function formatNumber(v, decimals = 2) {
  if (v === null || v === undefined || Number.isNaN(Number(v))) {
    return '—';
  }
  const s = Number(v).toFixed(decimals);
  return s.startsWith('-') ? '−' + s.slice(1) : s;
}

/** An event date with its precision: 2021-04 for a month, 2021 for a year, "undated" when none. */
export function eventDate(e) {
  if (!e.date) {
    return 'undated';
  }
  switch (e.datePrecision) {
    case 'month':
      return e.date.slice(0, 7);
    case 'year':
      return e.date.slice(0, 4);
    default:
      return e.date;
  }
}

/** An actor's code with its words in the text beneath; a dash when the side is unknown. */
export function actorCell(actor) {
  if (!actor) {
    return el('span', { class: 'muted' }, '—');
  }
  const words = actor.name || actor.text;
  return [el('span', { class: 'actor-code' }, actor.code), words ? el('span', { class: 'actor-text' }, words) : null];
}

/** A status as a coloured chip. */
export function statusChip(status) {
  return el('span', { class: 'chip status-' + status }, status);
}

/** Text cut to max characters with an ellipsis. */
export function clip(text, max) {
  if (!text || text.length <= max) {
    return text || '';
  }
  return text.slice(0, max - 1).trimEnd() + '…';
}

/** A pair "PAK,RUS" as its two codes, or null when it is not one. */
export function parsePair(s) {
  const m = /^\s*([A-Za-z]{3,12})\s*[,–-]\s*([A-Za-z]{3,12})\s*$/.exec(s || '');
  return m ? [m[1].toUpperCase(), m[2].toUpperCase()] : null;
}
