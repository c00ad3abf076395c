// The side drawer: one event with its highlighted evidence, or one article with its text.

import { get, describe } from './api.js';
import { el, replace } from './dom.js';
import { goldsteinBadge, statusChip, eventDate, quadLabel, formatNumber, actorCell, clip } from './format.js';

const ROLES = ['source', 'target', 'trigger'];

/**
 * The evidence spans inside the sentence, [{role, begin, end}] without overlaps. Offsets are into
 * the article text; when they do not fall on the quoted words the words are looked up instead.
 */
export function sentenceSpans(e) {
  const sentence = e.sentence || '';
  const ev = e.evidence || {};
  const base = ev.sentence ? ev.sentence.begin : null;
  const quoted = e.evidenceText || {};
  const spans = [];
  for (const role of ROLES) {
    const s = ev[role];
    if (!s) {
      continue;
    }
    let begin = base === null ? -1 : s.begin - base;
    let end = base === null ? -1 : s.end - base;
    const fits = begin >= 0 && end <= sentence.length && begin < end
      && (!quoted[role] || sentence.slice(begin, end) === quoted[role]);
    if (!fits) {
      begin = quoted[role] ? sentence.indexOf(quoted[role]) : -1;
      end = begin + (quoted[role] || '').length;
    }
    if (begin >= 0 && end > begin) {
      spans.push({ role, begin, end });
    }
  }
  spans.sort((x, y) => x.begin - y.begin);
  return spans.filter((s, i) => i === 0 || s.begin >= spans[i - 1].end);
}

/** The sentence as text nodes with <mark> around the source, target and trigger. */
function highlightedSentence(e) {
  const sentence = e.sentence || '';
  const parts = [];
  let at = 0;
  for (const s of sentenceSpans(e)) {
    parts.push(sentence.slice(at, s.begin));
    parts.push(el('mark', { class: 'hl hl-' + s.role, title: s.role, 'data-role': s.role }, sentence.slice(s.begin, s.end)));
    at = s.end;
  }
  parts.push(sentence.slice(at));
  return el('p', { class: 'evidence', id: 'evidence-sentence' }, parts);
}

function fact(label, ...value) {
  return [el('dt', null, label), el('dd', null, value)];
}

function actorCard(role, a) {
  if (!a) {
    return el('div', { class: 'actor-card' }, el('div', { class: 'role' }, role), el('div', { class: 'muted' }, 'not stated'));
  }
  return el('div', { class: 'actor-card' },
    el('div', { class: 'role' }, role),
    el('div', null, actorCell(a)),
    el('div', { class: 'muted' }, [
      'country ' + a.country,
      a.sector ? ' · sector ' + a.sector + (a.secondarySector ? '/' + a.secondarySector : '') : '',
      a.wikidata ? ' · ' + a.wikidata : '',
    ].join('')),
    a.name && a.text && a.text !== a.name ? el('div', { class: 'muted' }, 'in the text: “' + a.text + '”') : null);
}

/** A link that opens outside Dyad, without telling the other site where it came from. */
function outLink(url) {
  return /^https?:\/\//i.test(url || '') ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : el('span', null, url || '—');
}

/** The detail drawer. */
export class DetailPanel {
  constructor(app) {
    this.app = app;
    this.root = document.getElementById('detail');
    this.body = document.getElementById('detail-body');
    this.kind = document.getElementById('detail-kind');
    this.back = document.getElementById('detail-back');
    this.history = [];
    this.current = null;
    document.getElementById('detail-close').addEventListener('click', () => this.close());
    this.back.addEventListener('click', () => {
      const previous = this.history.pop();
      if (previous) {
        this.current = null;
        previous();
      }
    });
    document.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && !this.root.hidden) {
        this.close();
      }
    });
  }

  close() {
    this.root.hidden = true;
    this.history = [];
    this.current = null;
  }

  open(kind, render) {
    if (this.current && !this.root.hidden) {
      this.history.push(this.current);
    }
    this.current = render;
    this.kind.textContent = kind;
    this.back.hidden = this.history.length === 0;
    this.root.hidden = false;
    replace(this.body, el('p', { class: 'muted' }, 'Loading…'));
  }

  /** Shows one event with its evidence. */
  async showEvent(id) {
    const render = () => this.showEvent(id);
    this.open('Event', render);
    let e;
    try {
      e = await get('events/' + encodeURIComponent(id));
    } catch (err) {
      replace(this.body, el('p', { class: 'notice error' }, describe(err, 'Reading event ' + id)));
      return;
    }
    if (this.current !== render) {
      return;
    }
    const art = e.article || {};
    const loc = e.location;
    const readArticle = el('button', { type: 'button', class: 'secondary', id: 'open-article' }, 'Read the article');
    readArticle.addEventListener('click', () => this.showArticle(e.articleId, e.evidence && e.evidence.sentence));
    replace(this.body,
      el('h2', null, [e.source ? e.source.code : '?', ' → ', e.target ? e.target.code : '?', ': ',
        e.cameoName || (e.plover && e.plover.type) || 'CAMEO ' + e.cameo]),
      el('div', { class: 'muted' }, eventDate(e), ' · ', statusChip(e.status)),
      el('h3', null, 'Evidence'),
      highlightedSentence(e),
      el('div', { class: 'hl-legend' },
        el('mark', { class: 'hl hl-source' }, 'source'), el('mark', { class: 'hl hl-target' }, 'target'),
        el('mark', { class: 'hl hl-trigger' }, 'trigger'),
        e.evidence && e.evidence.pattern ? el('span', { class: 'muted' }, 'pattern “' + e.evidence.pattern + '”') : null),
      el('h3', null, 'Actors'),
      el('div', { class: 'actors' }, actorCard('Source', e.source), actorCard('Target', e.target)),
      el('h3', null, 'Coding'),
      el('dl', { class: 'facts', id: 'event-facts' },
        fact('CAMEO', el('strong', null, e.cameo), e.cameoName ? ' ' + e.cameoName : '', el('span', { class: 'muted' }, ' (root ' + e.cameoRoot + ')')),
        fact('QuadClass', e.quadClass + ' · ' + quadLabel(e.quadClass)),
        fact('Goldstein', goldsteinBadge(e.goldstein)),
        fact('PLOVER', (e.plover && e.plover.type) || '—', e.plover && e.plover.mode ? ' · mode ' + e.plover.mode : ''),
        fact('Status', statusChip(e.status)),
        fact('Date', e.date || 'undated', ' ', el('span', { class: 'muted' }, '(precision: ' + e.datePrecision + ')')),
        fact('Location', loc ? [loc.name, loc.country ? ', ' + loc.country : '',
          loc.lat !== null && loc.lat !== undefined ? ` (${formatNumber(loc.lat, 2)}, ${formatNumber(loc.lon, 2)})` : ''].join('') : 'not stated'),
        fact('Confidence', formatNumber(e.confidence, 2)),
        fact('Event id', el('code', null, e.id))),
      el('h3', null, 'Article'),
      el('dl', { class: 'facts', id: 'event-article' },
        fact('Title', art.title || '(untitled)'),
        fact('Published', art.date || 'unknown', art.site ? ' · ' + art.site : ''),
        fact('URL', outLink(art.url))),
      el('p', null, readArticle));
  }

  /** Shows one article's text, with the sentence at `focus` (offsets into the text) marked. */
  async showArticle(id, focus) {
    const render = () => this.showArticle(id, focus);
    this.open('Article', render);
    let a;
    try {
      a = await get('articles/' + encodeURIComponent(id));
    } catch (err) {
      replace(this.body, el('p', { class: 'notice error' }, describe(err, 'Reading article ' + id)));
      return;
    }
    if (this.current !== render) {
      return;
    }
    const events = (a.events || []).map((e) => {
      const b = el('button', { type: 'button', class: 'link' },
        `${eventDate(e)} · ${e.source ? e.source.code : '?'} → ${e.target ? e.target.code : '?'} · ${e.cameo} ${e.plover && e.plover.type ? e.plover.type : ''}`);
      b.addEventListener('click', () => this.showEvent(e.id));
      return el('li', null, b, el('div', { class: 'muted' }, clip(e.sentence, 120)));
    });
    const text = el('div', { class: 'article-text', id: 'article-text' }, paragraphs(a.text || '', focus));
    replace(this.body,
      el('h2', { id: 'article-title' }, a.title || '(untitled)'),
      el('div', { class: 'muted' }, [a.site, a.author, a.date].filter(Boolean).join(' · ') || 'no metadata'),
      a.url ? el('p', null, outLink(a.url)) : null,
      el('h3', null, 'Text'),
      text,
      el('h3', null, `Events coded from it (${events.length})`),
      events.length ? el('ol', { class: 'plain article-events' }, events) : el('p', { class: 'muted' }, 'none'));
    const mark = text.querySelector('mark.current');
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
    }
  }
}

/** The text as paragraphs (split on blank lines), the focus span wrapped in a <mark>. */
function paragraphs(text, focus) {
  const out = [];
  const re = /\n\s*\n/g;
  let start = 0;
  const pieces = [];
  let m;
  while ((m = re.exec(text)) !== null) {
    pieces.push([start, m.index]);
    start = m.index + m[0].length;
  }
  pieces.push([start, text.length]);
  for (const [b, e] of pieces) {
    if (b >= e) {
      continue;
    }
    if (focus && focus.begin >= b && focus.begin < e) {
      const end = Math.min(e, focus.end);
      out.push(el('p', null, text.slice(b, focus.begin), el('mark', { class: 'current' }, text.slice(focus.begin, end)), text.slice(end, e)));
    } else {
      out.push(el('p', null, text.slice(b, e)));
    }
  }
  return out;
}
