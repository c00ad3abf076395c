package org.dyad.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.dyad.store.PostgresUrl;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL schema of its own for one test, dropped on close, on the server named by
 * {@code $DYAD_TEST_POSTGRES}; without that variable the test is skipped, or fails on CI ({@code $CI}).
 */
final class PostgresTestSchema implements AutoCloseable {
  private final PostgresUrl server;
  private final String schema;
  private final String url;

  private PostgresTestSchema(PostgresUrl server, String schema, String url) {
    this.server = server;
    this.schema = schema;
    this.url = url;
  }

  static PostgresTestSchema create() throws SQLException {
    String base = System.getenv("DYAD_TEST_POSTGRES");
    if (base == null || base.isBlank()) {
      if (System.getenv("CI") != null) {
        fail("$DYAD_TEST_POSTGRES is not set: CI must start PostgreSQL (bash .ci/postgres) and export it");
      }
      Assumptions.abort("$DYAD_TEST_POSTGRES is not set: no PostgreSQL to test against");
    }
    PostgresUrl server = PostgresUrl.parse(base);
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    try (Connection c = server.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    return new PostgresTestSchema(server, schema, base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  /** The URL {@code --db} takes for this schema. */
  String url() {
    return url;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = server.connect(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
