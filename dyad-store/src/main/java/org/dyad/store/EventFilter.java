package org.dyad.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.analytics.Level;

/**
 * The SQL condition of an {@link EventQuery} over the {@code events} table (aliased {@code e}),
 * with its arguments bound by position so no caller text ever becomes SQL.
 */
final class EventFilter {
  private final String where;
  private final List<Object> args;

  private EventFilter(String where, List<Object> args) {
    this.where = where;
    this.args = args;
  }

  static EventFilter of(EventQuery q) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (!q.allStatuses()) {
      sql.append(" AND e.status = 'asserted'");
    }
    if (q.actor() != null) {
      Level c = Level.of(q.actor());
      sql.append(" AND (e.").append(c.source()).append(" = ? OR e.").append(c.target()).append(" = ?)");
      args.add(q.actor());
      args.add(q.actor());
    }
    if (q.pairA() != null) {
      Level a = Level.of(q.pairA());
      Level b = Level.of(q.pairB());
      sql.append(" AND ((e.").append(a.source()).append(" = ? AND e.").append(b.target()).append(" = ?) OR (e.")
          .append(b.source()).append(" = ? AND e.").append(a.target()).append(" = ?))");
      args.add(q.pairA());
      args.add(q.pairB());
      args.add(q.pairB());
      args.add(q.pairA());
    }
    if (q.from() != null) {
      sql.append(" AND e.date >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND e.date <= ?");
      args.add(Date.valueOf(q.to()));
    }
    return new EventFilter(sql.toString(), args);
  }

  /** The {@code WHERE ...} clause, with a leading space. */
  String where() {
    return where;
  }

  /** Binds the arguments from parameter 1; returns the next free parameter index. */
  int bind(PreparedStatement ps) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return args.size() + 1;
  }
}
