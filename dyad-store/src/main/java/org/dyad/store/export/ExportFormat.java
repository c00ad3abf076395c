package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

/** The formats stored events can be exported in. */
public enum ExportFormat {
  /** GDELT 2.0 event records: 61 tab-separated columns, no header. */
  GDELT(GdeltWriter::new),
  /** GDELT 2.0 mentions records, one per report of an event: 16 tab-separated columns, no header. */
  MENTIONS(GdeltMentionsWriter::new),
  /** The event contract flattened into comma-separated columns, with a header. */
  CSV(CsvWriter::new),
  /** The event contract, one JSON object per line. */
  JSONL(JsonLinesWriter::new),
  /** The CSV export's columns, typed, with the events' provenance, as one Parquet file. */
  PARQUET(null);

  private final Supplier<EventWriter> writer;

  ExportFormat(Supplier<EventWriter> writer) {
    this.writer = writer;
  }

  /** Parses "gdelt", "mentions", "csv", "jsonl" or "parquet". */
  public static ExportFormat of(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "': use gdelt, mentions, csv, jsonl or parquet", e);
    }
  }

  /** Whether the format is text, which can be written to a stream; Parquet is written to a file only. */
  public boolean textual() {
    return writer != null;
  }

  /**
   * Writes the events matching {@code query} to {@code out}.
   *
   * @return the number of events written
   * @throws IllegalArgumentException for a format that is not {@link #textual()}
   */
  public long export(EventStore store, EventQuery query, Appendable out) throws StoreException, IOException {
    if (writer == null) {
      throw new IllegalArgumentException(name().toLowerCase(Locale.ROOT) + " is written to a file, not a stream");
    }
    EventWriter w = writer.get();
    w.header(out);
    return store.scan(query, e -> w.write(out, e));
  }

  /**
   * Writes the events matching {@code query} to {@code file} (UTF-8 for the text formats),
   * replacing it.
   *
   * @return the number of events written
   */
  public long export(EventStore store, EventQuery query, Path file) throws StoreException, IOException {
    if (writer == null) {
      return ParquetExport.write(store, query, file);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return export(store, query, w);
    }
  }
}
