package org.dyad.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Span;
import org.dyad.model.json.Json;
import org.dyad.store.ActorProfile;
import org.dyad.store.Counterpart;
import org.dyad.store.RelationRow;
import org.dyad.store.StoredArticle;

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

  static ObjectNode relations(String a, String b, String by, List<RelationRow> rows) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("a", a);
    o.put("b", b);
    o.put("by", by);
    ArrayNode out = o.putArray("rows");
    for (RelationRow r : rows) {
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
    }
    return o;
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

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
