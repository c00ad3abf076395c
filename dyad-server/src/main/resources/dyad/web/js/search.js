// Full-text search over the stored articles; a hit opens its article.

import { get, describe } from './api.js';
import { el, replace, notice, pageButtons } from './dom.js';

const PAGE = 20;

/** A snippet as text nodes with <mark> around the matched words (highlights: offsets into it). */
export function snippetNodes(snippet, highlights) {
  const text = snippet || '';
  const spans = (highlights || [])
    .filter((h) => h.begin >= 0 && h.end <= text.length && h.begin < h.end)
    .sort((x, y) => x.begin - y.begin);
  const out = [];
  let at = 0;
  for (const h of spans) {
    if (h.begin < at) {
      continue;
    }
    out.push(text.slice(at, h.begin), el('mark', null, text.slice(h.begin, h.end)));
    at = h.end;
  }
  out.push(text.slice(at));
  return out;
}

/** The search view. */
export class SearchView {
  constructor(app) {
    this.app = app;
    this.form = document.getElementById('search-form');
    this.input = document.getElementById('search-q');
    this.results = document.getElementById('search-results');
    this.total = document.getElementById('search-total');
    this.notice = document.getElementById('search-notice');
    this.prev = document.getElementById('search-prev');
    this.next = document.getElementById('search-next');
    this.offset = 0;
    this.query = '';
    this.prev.hidden = true;
    this.next.hidden = true;
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.query = this.input.value.trim();
      this.offset = 0;
      this.load();
    });
    pageButtons(this, this.prev, this.next, PAGE);
  }

  show() {
    this.input.focus();
  }

  /** Searches for the words as if they had been typed. */
  run(words) {
    this.input.value = words;
    this.query = words.trim();
    this.offset = 0;
    this.load();
  }

  async load() {
    if (!this.query) {
      notice(this.notice, 'Type some words to search for.');
      return;
    }
    let body;
    try {
      body = await get('search', { q: this.query, limit: PAGE, offset: this.offset });
    } catch (e) {
      replace(this.results);
      this.total.textContent = '';
      notice(this.notice, e.notFound ? 'Search is not available on this server (/api/search answered 404).' : describe(e, 'Searching'), !e.notFound);
      return;
    }
    notice(this.notice, '');
    const hits = body.hits || [];
    this.total.textContent = body.total === 1 ? '1 article matches.' : `${body.total} articles match.`;
    replace(this.results, hits.map((h) => this.hit(h)));
    this.prev.hidden = this.offset === 0;
    this.next.hidden = this.offset + hits.length >= body.total;
  }

  hit(h) {
    const title = el('button', { type: 'button', class: 'link title' }, h.title || '(untitled)');
    title.addEventListener('click', () => this.app.detail.showArticle(h.articleId));
    const events = Number(h.events) || 0;
    return el('li', { class: 'hit', 'data-article-id': h.articleId },
      title,
      el('div', { class: 'meta' }, [h.date || 'undated', h.site, `${events} event${events === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
      el('p', { class: 'snippet' }, snippetNodes(h.snippet, h.highlights)));
  }
}
