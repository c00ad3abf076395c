package org.dyad.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.dyad.model.json.Json;
import org.dyad.store.SourcedEvent;

/**
 * The event contract as RFC 4180 CSV: one column per leaf of the event object, named by its
 * dotted path ({@code source.code}). Values come from {@link Json#event} itself, so the CSV and
 * JSON exports cannot disagree; a null object leaves all its columns empty.
 */
final class CsvWriter implements EventWriter {
  static final List<String> COLUMNS = List.of(
      "id", "articleId", "sentence", "sentenceIndex",
      "evidence.sentence.begin", "evidence.sentence.end", "evidence.source.begin", "evidence.source.end",
      "evidence.target.begin", "evidence.target.end", "evidence.trigger.begin", "evidence.trigger.end",
      "evidence.pattern", "date", "datePrecision", "status",
      "source.text", "source.code", "source.country", "source.sector", "source.secondarySector", "source.name",
      "source.wikipedia", "source.wikidata",
      "target.text", "target.code", "target.country", "target.sector", "target.secondarySector", "target.name",
      "target.wikipedia", "target.wikidata",
      "cameo", "cameoRoot", "quadClass", "goldstein", "plover.type", "plover.mode",
      "location.name", "location.country", "location.lat", "location.lon", "location.geonameId", "confidence");

  @Override
  public void header(Appendable out) throws IOException {
    out.append(String.join(",", COLUMNS)).append('\n');
  }

  @Override
  public void write(Appendable out, SourcedEvent event) throws IOException {
    JsonNode o = Json.event(event.event());
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      JsonNode v = o.at("/" + COLUMNS.get(i).replace('.', '/'));
      out.append(v.isMissingNode() || v.isNull() ? "" : quote(v.asText()));
    }
    out.append('\n');
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
