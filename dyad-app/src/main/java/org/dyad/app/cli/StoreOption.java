package org.dyad.app.cli;

import java.nio.file.Path;
import org.dyad.store.JdbcEventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH", description = "the DuckDB store file (default: ~/.local/share/dyad/dyad.duckdb)")
  Path db;

  Path path() {
    return db != null ? db : JdbcEventStore.defaultPath();
  }

  JdbcEventStore open() throws StoreException {
    return JdbcEventStore.openDuckDb(path());
  }
}
