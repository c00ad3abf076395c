package org.dyad.app.cli;

import org.dyad.store.JdbcEventStore;
import org.dyad.store.PostgresUrl;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store: a DuckDB file or a PostgreSQL URL. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH|URL",
      description = "the store: a DuckDB file (default: ~/.local/share/dyad/dyad.duckdb) or a PostgreSQL database, "
          + "postgresql://user:pass@host:port/dbname")
  String db;

  /** The store's location as given, or the default file. */
  String location() {
    return db != null ? db : JdbcEventStore.defaultPath().toString();
  }

  /** Where the store is, for messages: the file, or the URL without its password. */
  String path() {
    String l = location();
    return PostgresUrl.matches(l) ? PostgresUrl.parse(l).toString() : l;
  }

  /** Whether the process that opens the store is its only writer: an embedded file is locked by its opener. */
  boolean soleWriter() {
    return !PostgresUrl.matches(location());
  }

  /** The full-text index's folder for a server store: in Dyad's data directory, named after the store. */
  java.nio.file.Path defaultSearchIndex() {
    String name = path().replaceAll("[^A-Za-z0-9]+", "_");
    return JdbcEventStore.defaultPath().resolveSibling("search").resolve(name.length() > 100 ? name.substring(0, 100) : name);
  }

  JdbcEventStore open() throws StoreException {
    return JdbcEventStore.open(location());
  }
}
