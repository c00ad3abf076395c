// Dyad's web UI: tabs over the views, routed by the URL's hash (#/relations, #/events/…).

import { RelationsView } from './relations.js';
import { EventsView } from './events.js';
import { NetworkView } from './network.js';
import { MapView } from './map.js';
import { SearchView } from './search.js';
import { DetailPanel } from './detail.js';

const VIEWS = ['relations', 'events', 'network', 'map', 'search'];

class App {
  constructor() {
    this.detail = new DetailPanel(this);
    this.events = new EventsView(this);
    this.views = {
      relations: new RelationsView(this),
      events: this.events,
      network: new NetworkView(this),
      map: new MapView(this),
      search: new SearchView(this),
    };
    window.addEventListener('hashchange', () => this.route());
  }

  /** Switches to a view (through the hash, so that Back works). */
  go(view) {
    const hash = '#/' + view;
    if (location.hash !== hash) {
      location.hash = hash;
    } else {
      this.route();
    }
  }

  /** Shows the view the hash names; #/event/ID and #/article/ID open the drawer too, #/search/WORDS searches. */
  route() {
    const parts = location.hash.replace(/^#\/?/, '').split('/');
    let view = VIEWS.includes(parts[0]) ? parts[0] : 'relations';
    if (parts[0] === 'event' && parts[1]) {
      view = 'events';
      this.detail.showEvent(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'article' && parts[1]) {
      view = 'search';
      this.detail.showArticle(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'search' && parts[1]) {
      this.views.search.run(decodeURIComponent(parts.slice(1).join('/')));
    }
    for (const section of document.querySelectorAll('section.view')) {
      section.hidden = section.dataset.view !== view;
    }
    for (const tab of document.querySelectorAll('.tabs a')) {
      tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    }
    document.body.dataset.view = view;
    this.views[view].show();
  }
}

new App().route();
