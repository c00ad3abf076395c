package org.dyad.store.export;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

/** The formats stored events can be exported in. */
public enum ExportFormat {
  /** GDELT 2.0 event records: 61 tab-separated columns, no header. */
  GDELT(GdeltWriter::new),
  /** The event contract flattened into comma-separated columns, with a header. */
  CSV(CsvWriter::new),
  /** The event contract, one JSON object per line. */
  JSONL(JsonLinesWriter::new);

  private final Supplier<EventWriter> writer;

  ExportFormat(Supplier<EventWriter> writer) {
    this.writer = writer;
  }

  /** Parses "gdelt", "csv" or "jsonl". */
  public static ExportFormat of(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "': use gdelt, csv or jsonl", e);
    }
  }

  /**
   * Writes the events matching {@code query} to {@code out}.
   *
   * @return the number of events written
   */
  public long export(EventStore store, EventQuery query, Appendable out) throws StoreException, IOException {
    EventWriter w = writer.get();
    w.header(out);
    return store.scan(query, e -> w.write(out, e));
  }
}
