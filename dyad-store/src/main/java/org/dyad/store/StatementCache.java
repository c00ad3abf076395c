package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, kept by their SQL so that a query asked again (an
 * API request, the next article of an ingest) is not prepared again. The few most recently used
 * are kept; the others are closed. Not thread-safe, like the connection.
 *
 * <p>On DuckDB only writes are reused: a query statement kept across other connections' commits
 * was seen to return another column's values (a concurrent ingest and API reads, in
 * {@code ServeWhileIngestingTest}), so a query is prepared afresh each time, and the statement
 * it replaces is closed.
 */
final class StatementCache implements AutoCloseable {
  private static final int MAX = 64;

  private final Connection connection;
  private final boolean reuseQueries;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

  StatementCache(Connection connection, boolean reuseQueries) {
    this.connection = connection;
    this.reuseQueries = reuseQueries;
  }

  /** The statement for {@code sql}, prepared once; the caller must not close it. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps != null && !reuseQueries && sql.stripLeading().regionMatches(true, 0, "SELECT", 0, 6)) {
      statements.remove(sql);
      ps.close();
      ps = null;
    }
    // DuckDB closes a connection's statements when a write fails in its appender.
    if (ps != null && !ps.isClosed()) {
      ps.clearParameters();
      return ps;
    }
    ps = connection.prepareStatement(sql);
    statements.put(sql, ps);
    if (statements.size() > MAX) {
      var eldest = statements.entrySet().iterator();
      PreparedStatement old = eldest.next().getValue();
      eldest.remove();
      old.close();
    }
    return ps;
  }

  /** How many statements are prepared now. */
  int size() {
    return statements.size();
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    statements.clear();
    if (first != null) {
      throw first;
    }
  }
}
