package org.dyad.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.json.Json;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.SourcedEvent;
import org.dyad.store.StoreException;

/**
 * Stored events as one Parquet file, written by DuckDB's own {@code COPY ... (FORMAT PARQUET)}: the
 * events are streamed from the store, whichever database it is in, into a table of an in-memory
 * DuckDB (which spills to the system's temporary directory when it outgrows memory), and copied
 * from there. The columns are those of the CSV export, typed, followed by the provenance of the
 * GDELT export (article URL, when it was stored, the counts of the event's cluster).
 */
final class ParquetExport {
  /** The columns and their DuckDB types, in file order. */
  static final Map<String, String> COLUMNS = columns();

  private ParquetExport() {}

  /**
   * Writes the events matching {@code query} to {@code file}, replacing it.
   *
   * @return the number of events written
   */
  static long write(EventStore store, EventQuery query, Path file) throws StoreException, IOException {
    String target = file.toAbsolutePath().toString();
    if (target.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("the file name " + file + " holds a NUL character");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("SET temp_directory = '" + quote(Path.of(System.getProperty("java.io.tmpdir"), "dyad-parquet").toString()) + "'");
      st.execute("CREATE TABLE events (" + COLUMNS.entrySet().stream()
          .map(e -> "\"" + e.getKey() + "\" " + e.getValue()).collect(Collectors.joining(", ")) + ")");
      long n;
      try (DuckDBAppender ap = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
        n = store.scan(query, s -> append(ap, s));
      }
      Files.deleteIfExists(file);
      st.execute("COPY events TO '" + quote(target) + "' (FORMAT PARQUET)");
      return n;
    } catch (SQLException e) {
      throw new StoreException("cannot write the Parquet file " + file + ": " + e.getMessage(), e);
    }
  }

  private static void append(DuckDBAppender ap, SourcedEvent s) throws IOException {
    JsonNode o = Json.event(s.event());
    try {
      ap.beginRow();
      for (Map.Entry<String, String> c : COLUMNS.entrySet()) {
        switch (c.getKey()) {
          case "articleUrl" -> appendText(ap, s.articleUrl());
          case "ingestedAt" -> ap.append(LocalDateTime.ofInstant(s.ingestedAt(), ZoneOffset.UTC));
          case "numMentions" -> ap.append(s.numMentions());
          case "numSources" -> ap.append(s.numSources());
          case "numArticles" -> ap.append(s.numArticles());
          default -> appendJson(ap, o.at("/" + c.getKey().replace('.', '/')), c.getValue());
        }
      }
      ap.endRow();
    } catch (SQLException e) {
      throw new IOException("cannot add event " + s.event().id() + " to the Parquet table: " + e.getMessage(), e);
    }
  }

  private static void appendJson(DuckDBAppender ap, JsonNode v, String type) throws SQLException {
    if (v.isMissingNode() || v.isNull()) {
      ap.appendNull();
      return;
    }
    switch (type) {
      case "INTEGER" -> ap.append(v.asInt());
      case "BIGINT" -> ap.append(v.asLong());
      case "DOUBLE" -> ap.append(v.asDouble());
      case "DATE" -> ap.append(LocalDate.parse(v.asText()));
      default -> ap.append(v.asText());
    }
  }

  private static void appendText(DuckDBAppender ap, String v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else {
      ap.append(v);
    }
  }

  private static Map<String, String> columns() {
    Map<String, String> types = new LinkedHashMap<>();
    List<String> integers = List.of("sentenceIndex", "quadClass");
    List<String> doubles = List.of("goldstein", "location.lat", "location.lon", "confidence");
    for (String c : CsvWriter.COLUMNS) {
      String type = c.startsWith("evidence.") && !c.equals("evidence.pattern") || integers.contains(c) ? "INTEGER"
          : doubles.contains(c) ? "DOUBLE"
          : c.equals("location.geonameId") ? "BIGINT"
          : c.equals("date") ? "DATE"
          : "VARCHAR";
      types.put(c, type);
    }
    types.put("articleUrl", "VARCHAR");
    types.put("ingestedAt", "TIMESTAMP");
    types.put("numMentions", "INTEGER");
    types.put("numSources", "INTEGER");
    types.put("numArticles", "INTEGER");
    return types;
  }

  private static String quote(String s) {
    return s.replace("'", "''");
  }
}
