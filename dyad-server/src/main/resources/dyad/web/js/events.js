// The event table: filters, paging, and a click on a row opens the event's evidence.

import { get, describe } from './api.js';
import { el, replace, notice, formValues, setForm, pageButtons } from './dom.js';
import { actorCell, statusChip, goldsteinBadge, eventDate, clip, parsePair } from './format.js';

const PAGE = 50;

/** The event table view. */
export class EventsView {
  constructor(app) {
    this.app = app;
    this.form = document.getElementById('event-filters');
    this.body = document.querySelector('#event-table tbody');
    this.notice = document.getElementById('events-notice');
    this.range = document.getElementById('events-range');
    this.prev = document.getElementById('events-prev');
    this.next = document.getElementById('events-next');
    this.offset = 0;
    this.total = 0;
    this.request = 0;
    this.loaded = false;
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      this.offset = 0;
      this.load();
    });
    this.form.addEventListener('reset', () => {
      setTimeout(() => {
        this.offset = 0;
        this.load();
      });
    });
    pageButtons(this, this.prev, this.next, PAGE);
  }

  show() {
    if (!this.loaded) {
      this.loaded = true;
      this.load();
    }
  }

  /** Shows the table with these filters (fields not given are cleared). */
  open(filters) {
    this.form.reset();
    setForm(this.form, filters);
    this.offset = 0;
    this.loaded = true;
    this.app.go('events');
    this.load();
  }

  /** The API's query for the form, or a message when a field is malformed. */
  query() {
    const f = formValues(this.form);
    const q = { status: f.status || 'asserted', offset: this.offset, limit: PAGE };
    if (f.actor) {
      if (!/^[A-Za-z]{3,12}$/.test(f.actor)) {
        return 'An actor is a code of 3 to 12 letters, such as RUS or RUSGOV.';
      }
      q.actor = f.actor.toUpperCase();
    }
    if (f.pair) {
      const pair = parsePair(f.pair);
      if (!pair) {
        return 'A pair is two codes, such as PAK,RUS.';
      }
      q.pair = pair.join(',');
    }
    if (f.from) {
      q.from = f.from;
    }
    if (f.to) {
      q.to = f.to;
    }
    return q;
  }

  async load() {
    const q = this.query();
    if (typeof q === 'string') {
      notice(this.notice, q, true);
      return;
    }
    // Only the latest request may fill the table: an earlier, slower answer is dropped.
    const request = ++this.request;
    let page;
    try {
      page = await get('events', q);
    } catch (e) {
      notice(this.notice, describe(e, 'Listing events'), true);
      return;
    }
    if (request !== this.request) {
      return;
    }
    notice(this.notice, '');
    this.total = page.total;
    replace(this.body, page.events.length
      ? page.events.map((e) => this.row(e))
      : el('tr', { class: 'none' }, el('td', { colspan: 8, class: 'empty' }, 'No events match these filters.')));
    const last = page.offset + page.events.length;
    this.range.textContent = page.total ? `${page.offset + 1}–${last} of ${page.total} events` : '0 events';
    this.prev.disabled = page.offset === 0;
    this.next.disabled = last >= page.total;
    this.body.dataset.loaded = String(Date.now());
  }

  row(e) {
    const tr = el('tr', { 'data-event-id': e.id, tabindex: 0 },
      el('td', { class: 'nowrap' }, eventDate(e)),
      el('td', { class: 'actor' }, actorCell(e.source)),
      el('td', { class: 'actor' }, actorCell(e.target)),
      el('td', { class: 'nowrap' }, e.cameo),
      el('td', { class: 'nowrap' }, e.plover && e.plover.type ? e.plover.type : '—'),
      el('td', { class: 'num' }, goldsteinBadge(e.goldstein)),
      el('td', null, statusChip(e.status)),
      el('td', { class: 'sentence', title: e.sentence }, clip(e.sentence, 110)));
    const open = () => {
      for (const other of this.body.querySelectorAll('tr.selected')) {
        other.classList.remove('selected');
      }
      tr.classList.add('selected');
      this.app.detail.showEvent(e.id);
    };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') {
        open();
      }
    });
    return tr;
  }
}
