package org.dyad.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement being written and its arguments, bound by position so that no caller text ever
 * becomes SQL: only fixed text and enum-chosen column names are appended.
 */
final class Sql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> args = new ArrayList<>();

  /** Appends fixed text. */
  Sql add(String sql) {
    text.append(sql);
    return this;
  }

  /** Appends text holding one {@code ?} per argument, and the arguments. */
  Sql add(String sql, Object... values) {
    text.append(sql);
    args.addAll(List.of(values));
    return this;
  }

  /** Appends {@code AND date >= ? AND date <= ?} for the bounds {@code range} has. */
  Sql range(DateRange range) {
    return range("date", range);
  }

  /** Appends {@code AND column >= ? AND column <= ?} for the bounds {@code range} has. */
  Sql range(String column, DateRange range) {
    if (range.from() != null) {
      add(" AND " + column + " >= ?", java.sql.Date.valueOf(range.from()));
    }
    if (range.to() != null) {
      add(" AND " + column + " <= ?", java.sql.Date.valueOf(range.to()));
    }
    return this;
  }

  /** The statement with its arguments bound. */
  PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement ps = c.prepareStatement(text.toString());
    try {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      return ps;
    } catch (SQLException e) {
      ps.close();
      throw e;
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
