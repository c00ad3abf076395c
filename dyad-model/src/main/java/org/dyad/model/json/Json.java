package org.dyad.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;

/** The JSON contract of articles, events and actors (see the architecture's contracts). */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** The shared mapper, for reading JSON input. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON. */
  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The article object of {@code ./dyad extract}. */
  public static ObjectNode article(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("file", a.file());
    o.put("url", a.url());
    o.put("title", a.title());
    o.put("text", a.text());
    o.put("author", a.author());
    o.put("site", a.site());
    o.put("language", a.language());
    o.put("date", iso(a.date()));
    o.put("datePrecision", a.datePrecision().label());
    o.put("dateSource", a.dateSource().label());
    ArrayNode w = o.putArray("warnings");
    a.warnings().forEach(w::add);
    return o;
  }

  /** The actor object of {@code ./dyad actor}. */
  public static ObjectNode actor(Actor a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", a.text());
    o.put("code", a.code());
    o.put("country", a.country());
    o.put("sector", a.sector());
    o.put("secondarySector", a.secondarySector());
    o.put("name", a.name());
    o.put("wikipedia", a.wikipedia());
    o.put("wikidata", a.wikidata());
    return o;
  }

  /** The event object of {@code ./dyad code}. */
  public static ObjectNode event(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    if (e.inputId() != null) {
      o.put("inputId", e.inputId());
    } else {
      o.put("articleId", e.articleId());
    }
    o.put("sentence", e.sentence());
    o.put("sentenceIndex", e.sentenceIndex());
    o.set("evidence", evidence(e.evidence()));
    o.put("date", iso(e.date()));
    o.put("datePrecision", e.datePrecision().label());
    o.put("status", e.status().label());
    o.set("source", e.source() == null ? null : actor(e.source()));
    o.set("target", e.target() == null ? null : actor(e.target()));
    o.put("cameo", e.cameo());
    o.put("cameoRoot", e.cameoRoot());
    o.put("quadClass", e.quadClass());
    o.put("goldstein", e.goldstein());
    ObjectNode plover = o.putObject("plover");
    plover.put("type", e.ploverType());
    plover.put("mode", e.ploverMode());
    o.set("location", e.location() == null ? null : location(e.location()));
    o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    return o;
  }

  private static ObjectNode evidence(Evidence ev) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("sentence", span(ev.sentence()));
    o.set("source", span(ev.source()));
    o.set("target", span(ev.target()));
    o.set("trigger", span(ev.trigger()));
    o.put("pattern", ev.patternId());
    return o;
  }

  private static ObjectNode span(Span s) {
    if (s == null) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("begin", s.begin());
    o.put("end", s.end());
    return o;
  }

  private static ObjectNode location(Location l) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", l.name());
    o.put("country", l.country());
    o.put("lat", l.lat());
    o.put("lon", l.lon());
    o.put("geonameId", l.geonameId());
    return o;
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
