package org.dyad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.model.json.Json;
import org.dyad.model.ontology.CameoCodebook;
import org.dyad.store.ActorProfile;
import org.dyad.store.Counterpart;
import org.dyad.store.RelationRow;
import org.dyad.store.StoredArticle;
import org.dyad.store.analytics.ActorActivity;
import org.dyad.store.analytics.Network;
import org.dyad.store.analytics.NormalisedRelation;
import org.dyad.store.analytics.PairActivity;
import org.dyad.store.analytics.PeriodStats;
import org.dyad.store.analytics.Place;
import org.dyad.store.analytics.QuadCounts;
import org.dyad.store.analytics.Shift;
import org.dyad.store.analytics.ShiftMeasure;
import org.dyad.store.search.SearchHit;
import org.dyad.store.search.SearchPage;

/** The API's JSON bodies, built on the event, article and actor contract of {@link Json}. */
final class Views {
  private Views() {}

  static ObjectNode eventPage(List<Event> events, long total, int offset, int limit) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("total", total);
    o.put("offset", offset);
    o.put("limit", limit);
    ArrayNode a = o.putArray("events");
    events.forEach(e -> a.add(Json.event(e)));
    return o;
  }

  /** An event with its article's headline and the text its evidence offsets point at. */
  static ObjectNode eventDetail(Event e, Article article) {
    ObjectNode o = Json.event(e);
    if (CameoCodebook.standard().contains(e.cameo())) {
      o.put("cameoName", CameoCodebook.standard().get(e.cameo()).name());
    }
    ObjectNode a = o.putObject("article");
    a.put("id", article.id());
    a.put("title", article.title());
    a.put("url", article.url());
    a.put("site", article.site());
    a.put("date", iso(article.date()));
    ObjectNode quotes = o.putObject("evidenceText");
    quotes.put("source", cut(article.text(), e.evidence().source()));
    quotes.put("target", cut(article.text(), e.evidence().target()));
    quotes.put("trigger", cut(article.text(), e.evidence().trigger()));
    return o;
  }

  static ObjectNode article(StoredArticle s) {
    ObjectNode o = Json.article(s.article());
    o.remove("warnings");
    o.put("ingestedAt", s.ingestedAt().toString());
    ArrayNode a = o.putArray("events");
    s.events().forEach(e -> a.add(Json.event(e)));
    return o;
  }

  /**
   * A pair's relations per period: the counts and Goldstein values of each direction, and each
   * count as a share of all events in the store in that period ({@code periodEvents}).
   */
  static ObjectNode relations(String a, String b, String by, List<NormalisedRelation> rows) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("a", a);
    o.put("b", b);
    o.put("by", by);
    ArrayNode out = o.putArray("rows");
    for (NormalisedRelation n : rows) {
      RelationRow r = n.row();
      ObjectNode row = out.addObject();
      row.put("period", r.period().toString());
      row.put("source", r.source());
      row.put("target", r.target());
      row.put("events", r.events());
      row.put("verbalCooperation", r.verbalCooperation());
      row.put("materialCooperation", r.materialCooperation());
      row.put("verbalConflict", r.verbalConflict());
      row.put("materialConflict", r.materialConflict());
      row.put("goldsteinSum", round(r.goldsteinSum()));
      row.put("goldsteinMean", round(r.goldsteinMean()));
      row.put("periodEvents", n.periodEvents());
      row.put("eventsShare", share(n.eventsShare()));
      row.put("verbalCooperationShare", share(n.verbalCooperationShare()));
      row.put("materialCooperationShare", share(n.materialCooperationShare()));
      row.put("verbalConflictShare", share(n.verbalConflictShare()));
      row.put("materialConflictShare", share(n.materialConflictShare()));
    }
    return o;
  }

  static ObjectNode shifts(String by, ShiftMeasure measure, int min, List<Shift> shifts) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("by", by);
    o.put("measure", measure.label());
    o.put("min", min);
    ArrayNode out = o.putArray("shifts");
    for (Shift s : shifts) {
      ObjectNode row = out.addObject();
      row.put("a", s.a());
      row.put("b", s.b());
      period(row.putObject("previous"), s.previous());
      period(row.putObject("current"), s.current());
      row.put("change", share(s.change()));
    }
    return o;
  }

  private static void period(ObjectNode o, PeriodStats p) {
    o.put("period", p.period().toString());
    o.put("events", p.events());
    o.put("goldsteinMean", round(p.goldsteinMean()));
    o.put("conflictShare", share(p.conflictShare()));
  }

  static ObjectNode pairs(List<PairActivity> pairs) {
    ObjectNode o = Json.mapper().createObjectNode();
    ArrayNode out = o.putArray("pairs");
    for (PairActivity p : pairs) {
      ObjectNode row = out.addObject();
      row.put("a", p.a());
      row.put("b", p.b());
      row.put("events", p.events());
      quads(row, p.quad());
      row.put("goldsteinSum", round(p.goldsteinSum()));
      row.put("goldsteinMean", round(p.goldsteinMean()));
    }
    return o;
  }

  static ObjectNode actors(List<ActorActivity> actors) {
    ObjectNode o = Json.mapper().createObjectNode();
    ArrayNode out = o.putArray("actors");
    for (ActorActivity a : actors) {
      ObjectNode row = out.addObject();
      row.put("code", a.code());
      row.put("label", a.label());
      row.put("events", a.events());
      row.put("asSource", a.asSource());
      row.put("asTarget", a.asTarget());
      row.put("goldsteinSum", round(a.goldsteinSum()));
      row.put("goldsteinMean", round(a.goldsteinMean()));
    }
    return o;
  }

  static ObjectNode network(Network n) {
    ObjectNode o = Json.mapper().createObjectNode();
    ArrayNode nodes = o.putArray("nodes");
    for (Network.Node node : n.nodes()) {
      ObjectNode row = nodes.addObject();
      row.put("id", node.id());
      row.put("label", node.label());
      row.put("events", node.events());
    }
    ArrayNode links = o.putArray("links");
    for (Network.Link l : n.links()) {
      ObjectNode row = links.addObject();
      row.put("source", l.source());
      row.put("target", l.target());
      row.put("events", l.events());
      row.put("goldsteinMean", round(l.goldsteinMean()));
      quads(row, l.quad());
    }
    return o;
  }

  static ObjectNode places(List<Place> places) {
    ObjectNode o = Json.mapper().createObjectNode();
    ArrayNode out = o.putArray("places");
    for (Place p : places) {
      ObjectNode row = out.addObject();
      row.put("name", p.name());
      row.put("country", p.country());
      row.put("lat", p.lat());
      row.put("lon", p.lon());
      if (p.geonameId() == null) {
        row.putNull("geonameId");
      } else {
        row.put("geonameId", p.geonameId());
      }
      row.put("events", p.events());
      row.put("goldsteinMean", round(p.goldsteinMean()));
    }
    return o;
  }

  /** A page of search hits; snippets are plain text and {@code highlights} say where the matched words are in them. */
  static ObjectNode search(SearchPage page, int offset, int limit) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("total", page.total());
    o.put("offset", offset);
    o.put("limit", limit);
    ArrayNode out = o.putArray("hits");
    for (SearchHit h : page.hits()) {
      ObjectNode row = out.addObject();
      row.put("articleId", h.articleId());
      row.put("title", h.title());
      row.put("url", h.url());
      row.put("site", h.site());
      row.put("date", iso(h.date()));
      row.put("snippet", h.snippet());
      ArrayNode marks = row.putArray("highlights");
      for (Span s : h.highlights()) {
        marks.addObject().put("begin", s.begin()).put("end", s.end());
      }
      row.put("score", round(h.score()));
      row.put("events", h.events());
    }
    return o;
  }

  /** QuadClass counts keyed "1" to "4". */
  private static void quads(ObjectNode row, QuadCounts q) {
    ObjectNode o = row.putObject("quadClass");
    for (int c = 1; c <= 4; c++) {
      o.put(String.valueOf(c), q.of(c));
    }
  }

  static ObjectNode actor(ActorProfile p) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("code", p.code());
    o.put("events", p.events());
    o.put("asSource", p.asSource());
    o.put("asTarget", p.asTarget());
    o.put("first", iso(p.first()));
    o.put("last", iso(p.last()));
    ArrayNode out = o.putArray("counterparts");
    for (Counterpart c : p.counterparts()) {
      ObjectNode row = out.addObject();
      row.put("code", c.code());
      row.put("events", c.events());
      row.put("goldsteinSum", round(c.goldsteinSum()));
      row.put("goldsteinMean", round(c.goldsteinMean()));
    }
    return o;
  }

  static ObjectNode ingested(DocumentCoder.Coded c, boolean stored) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("articleId", c.article().id());
    o.put("stored", stored);
    ArrayNode ids = o.putArray("eventIds");
    c.events().forEach(e -> ids.add(e.id()));
    return o;
  }

  static ObjectNode error(int status, String message) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("error", message);
    o.put("status", status);
    return o;
  }

  /** The text under {@code span}, or null when there is none or it lies outside the text. */
  private static String cut(String text, Span span) {
    return span == null || span.end() > text.length() ? null : text.substring(span.begin(), span.end());
  }

  /** Three decimals: sums of one-decimal Goldstein values pick up binary noise (2.0500000000000003). */
  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** Six decimals: shares of a large store's events are small. */
  private static double share(double v) {
    return Math.round(v * 1_000_000) / 1_000_000.0;
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
