package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a database's schema up to date: the numbered SQL files listed in
 * {@code dyad/store/migrations/index.txt} run once each, in order, each in its own transaction,
 * and {@code schema_version} records which have run. The files are written in the SQL that both
 * DuckDB and PostgreSQL read, so one set of migrations serves both; what suits one database only
 * (an index DuckDB is better without) goes in a companion file named for it,
 * {@code V5__name.postgresql.sql} or {@code V5__name.duckdb.sql}, run after the shared one in the
 * same transaction.
 */
final class Migrations {
  private static final String DIR = "dyad/store/migrations/";

  private Migrations() {}

  /** The schema version this code expects. */
  static int latest() {
    return names().size();
  }

  static void apply(Connection c, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      // Two Dyad processes opening a new server database at once must not both migrate it.
      try (Statement st = c.createStatement()) {
        st.execute("SELECT pg_advisory_lock(hashtext('dyad.migrations.' || current_schema()))");
      }
      try {
        migrate(c, dialect);
      } finally {
        try (Statement st = c.createStatement()) {
          st.execute("SELECT pg_advisory_unlock(hashtext('dyad.migrations.' || current_schema()))");
        }
      }
    } else {
      migrate(c, dialect);
    }
  }

  private static void migrate(Connection c, Dialect dialect) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = 0;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      if (rs.next()) {
        current = rs.getInt(1);
      }
    }
    List<String> names = names();
    if (current > names.size()) {
      throw new SQLException("the database has schema version " + current + ", newer than this Dyad's " + names.size());
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= names.size(); v++) {
        String name = names.get(v - 1);
        try (Statement st = c.createStatement()) {
          for (String sql : statements(read(DIR + name))) {
            st.execute(sql);
          }
          String own = DIR + name.replaceFirst("\\.sql$", "") + "." + dialect.name().toLowerCase(Locale.ROOT) + ".sql";
          if (Migrations.class.getClassLoader().getResource(own) != null) {
            for (String sql : statements(read(own))) {
              st.execute(sql);
            }
          }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, current_timestamp)")) {
          ps.setInt(1, v);
          ps.setString(2, name);
          ps.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (String line : read(DIR + "index.txt").split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        clean.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String s : clean.toString().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("migration " + resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
