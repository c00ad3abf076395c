package org.dyad.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty store of one dialect for one test: a DuckDB file in the test's temporary
 * directory, or a PostgreSQL schema of its own (so reruns and parallel runs never meet) that is
 * dropped on close. The server is named by {@code $DYAD_TEST_POSTGRES}; without it PostgreSQL
 * tests are skipped on a developer's machine and fail on CI ({@code $CI} set), where it must be.
 */
public final class TestStore implements AutoCloseable {
  /** The variable naming the test server, e.g. {@code postgresql://dyad:dyad@localhost:5432/dyad_test}. */
  public static final String POSTGRES_ENV = "DYAD_TEST_POSTGRES";

  private final JdbcEventStore store;
  private final String location;
  private final PostgresUrl server;
  private final String schema;

  private TestStore(JdbcEventStore store, String location, PostgresUrl server, String schema) {
    this.store = store;
    this.location = location;
    this.server = server;
    this.schema = schema;
  }

  /** Opens a fresh store of {@code dialect}; a DuckDB one lives in {@code dir}. */
  public static TestStore open(Dialect dialect, Path dir) throws Exception {
    if (dialect == Dialect.DUCKDB) {
      Path file = dir.resolve("store-" + UUID.randomUUID() + ".duckdb");
      return new TestStore(JdbcEventStore.openDuckDb(file), file.toString(), null, null);
    }
    String url = postgresUrl();
    PostgresUrl server = PostgresUrl.parse(url);
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    try (Connection c = server.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    String location = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestStore(JdbcEventStore.open(location), location, server, schema);
  }

  /** The test server's URL; skips the test without one, unless on CI. */
  public static String postgresUrl() {
    String url = System.getenv(POSTGRES_ENV);
    if (url == null || url.isBlank()) {
      if (System.getenv("CI") != null) {
        fail("$" + POSTGRES_ENV + " is not set: CI must start PostgreSQL (bash .ci/postgres) and export it");
      }
      Assumptions.abort("$" + POSTGRES_ENV + " is not set: no PostgreSQL to test against");
    }
    return url;
  }

  /** The store. */
  public JdbcEventStore store() {
    return store;
  }

  /** What {@code --db} takes to open this store again: its file, or the server URL with its schema. */
  public String location() {
    return location;
  }

  @Override
  public void close() throws StoreException, SQLException {
    try {
      store.close();
    } finally {
      if (server != null) {
        try (Connection c = server.connect(); Statement st = c.createStatement()) {
          st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }
}
