package org.dyad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.store.analytics.Level;

/**
 * Each day's tally of asserted events per pair of sides, the {@code pair_days} table that a pair's
 * relations are read from (migration V5): a pair over ten years is a few thousand rows, where the
 * events are millions. Undated events are tallied under a null day, counted by the busiest pairs
 * and networks but in no period. Storing a batch appends one row per pair and day it touches, in the batch's
 * transaction; {@link #compact} folds the rows into one per pair and day, in pair order, so that
 * DuckDB skips the row groups of other pairs (PostgreSQL has an index). A store compacts once the
 * rows appended since the last compaction reach a quarter of those it left, so the work stays in
 * proportion to what was stored.
 */
public final class PairDays {
  /** Rows that must have been appended before a compaction is worth its scan. */
  static final long MIN_APPENDED = 50_000;

  /** The level of rows that pair countries ({@code source_country}, {@code target_country}). */
  public static final String COUNTRY = "country";
  /** The level of rows that pair actor codes ({@code source_code}, {@code target_code}). */
  public static final String ACTOR = "actor";

  private static final String COLUMNS = "level, source, target, day, events, q1, q2, q3, q4, goldstein";
  private static final String SUMS = "sum(events), sum(q1), sum(q2), sum(q3), sum(q4), sum(goldstein)";

  private PairDays() {}

  /** The key of one row: a level ("country", "actor" or "all"), the two sides and the day. */
  record Key(String level, String source, String target, LocalDate day) {}

  /** The counts of one row. */
  static final class Tally {
    long events;
    final long[] quads = new long[4];
    double goldstein;

    private void add(Event e) {
      events++;
      if (e.quadClass() >= 1 && e.quadClass() <= 4) {
        quads[e.quadClass() - 1]++;
      }
      goldstein += e.goldstein();
    }
  }

  /** The rows that {@code events}, once stored, add: asserted events by pair and day. */
  static Map<Key, Tally> of(Iterable<Event> events) {
    Map<Key, Tally> rows = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.status() != EventStatus.ASSERTED) {
        continue;
      }
      count(rows, new Key("all", "*", "*", e.date()), e);
      if (e.source() == null || e.target() == null) {
        continue;
      }
      if (e.source().country() != null && e.target().country() != null) {
        count(rows, new Key(COUNTRY, e.source().country(), e.target().country(), e.date()), e);
      }
      count(rows, new Key(ACTOR, e.source().code(), e.target().code(), e.date()), e);
    }
    return rows;
  }

  private static void count(Map<Key, Tally> rows, Key key, Event e) {
    rows.computeIfAbsent(key, k -> new Tally()).add(e);
  }

  /** Inserts {@code rows} with a batch of prepared inserts, inside the caller's transaction. */
  static void insert(StatementCache sql, Map<Key, Tally> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    PreparedStatement ps = sql.get("INSERT INTO pair_days (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (Map.Entry<Key, Tally> r : rows.entrySet()) {
      Key k = r.getKey();
      Tally t = r.getValue();
      ps.setString(1, k.level());
      ps.setString(2, k.source());
      ps.setString(3, k.target());
      if (k.day() == null) {
        ps.setNull(4, Types.DATE);
      } else {
        ps.setDate(4, Date.valueOf(k.day()));
      }
      ps.setLong(5, t.events);
      for (int q = 0; q < 4; q++) {
        ps.setLong(6 + q, t.quads[q]);
      }
      ps.setDouble(10, t.goldstein);
      ps.addBatch();
    }
    ps.executeBatch();
    appended(sql, rows.size());
  }

  /** Records that {@code rows} rows were appended, inside the caller's transaction. */
  static void appended(StatementCache sql, int rows) throws SQLException {
    PreparedStatement ps = sql.get("UPDATE pair_days_state SET appended = appended + ?");
    ps.setLong(1, rows);
    ps.executeUpdate();
  }

  /** Whether enough rows have been appended since the last compaction to compact again. */
  static boolean compactionDue(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT compacted, appended FROM pair_days_state")) {
      return rs.next() && rs.getLong(2) >= Math.max(MIN_APPENDED, rs.getLong(1) / 4);
    }
  }

  /**
   * Folds the table into one row per pair and day, in pair order, inside the caller's
   * transaction. On PostgreSQL other writers wait for it (readers do not), so no row appended
   * meanwhile is lost between the fold and the delete.
   */
  static void compact(Connection c, Dialect dialect) throws SQLException {
    try (Statement st = c.createStatement()) {
      if (dialect == Dialect.POSTGRESQL) {
        st.execute("LOCK TABLE pair_days IN SHARE ROW EXCLUSIVE MODE");
      }
      st.execute("CREATE TEMP TABLE dyad_pair_days_folded AS SELECT level, source, target, day, sum(events) AS events, "
          + "sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4, sum(goldstein) AS goldstein "
          + "FROM pair_days GROUP BY level, source, target, day");
      st.execute("DELETE FROM pair_days");
      st.execute("INSERT INTO pair_days (" + COLUMNS + ") SELECT " + COLUMNS
          + " FROM dyad_pair_days_folded ORDER BY level, source, target, day");
      st.execute("DROP TABLE dyad_pair_days_folded");
      st.execute("UPDATE pair_days_state SET compacted = (SELECT count(*) FROM pair_days), appended = 0");
    }
  }

  /**
   * Counts the table afresh from the events and compacts it, inside the caller's transaction: for a
   * store whose events were written around Dyad's ingest (the benchmarks' bulk loads).
   */
  static void recount(Connection c, Dialect dialect) throws SQLException {
    String tally = "count(*), count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
        + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), sum(goldstein) "
        + "FROM events WHERE status = 'asserted'";
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM pair_days");
      st.execute("INSERT INTO pair_days (" + COLUMNS + ") SELECT 'all', '*', '*', date, " + tally + " GROUP BY date");
      for (Level side : Level.values()) {
        String s = side.source();
        String t = side.target();
        String level = side.tally();
        st.execute("INSERT INTO pair_days (" + COLUMNS + ") SELECT '" + level + "', " + s + ", " + t + ", date, " + tally
            + " AND " + s + " IS NOT NULL AND " + t + " IS NOT NULL GROUP BY " + s + ", " + t + ", date");
      }
    }
    compact(c, dialect);
  }

  /**
   * A pair's relations per period, both ways: asserted events with a date, counted per QuadClass
   * with their Goldstein sum. Two countries or two actor codes are read from the daily tallies; a
   * country and an actor code, which the tallies do not pair, from the events.
   */
  public static List<RelationRow> relations(Connection c, String a, String b, Period period) throws SQLException {
    Level ca = Level.of(a);
    Level cb = Level.of(b);
    String bin = "CAST(date_trunc('" + period.unit() + "', CAST(%s AS TIMESTAMP)) AS DATE)";
    String sql;
    List<String> args = new ArrayList<>();
    if (ca == cb) {
      String level = ca.tally();
      // one arm per direction: each is a run of rows in pair order, which DuckDB finds by its zone maps
      String arm = "SELECT " + bin.formatted("day") + " AS p, source, target, " + SUMS
          + " FROM pair_days WHERE level = '" + level + "' AND source = ? AND target = ? AND day IS NOT NULL GROUP BY 1, 2, 3";
      sql = arm + (a.equals(b) ? "" : " UNION ALL " + arm) + " ORDER BY 1, 2, 3";
      args.addAll(a.equals(b) ? List.of(a, b) : List.of(a, b, b, a));
    } else {
      String arm = "SELECT " + bin.formatted("date") + " AS p, CAST(? AS VARCHAR) AS s, CAST(? AS VARCHAR) AS t, count(*), "
          + "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
          + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), sum(goldstein) "
          + "FROM events WHERE status = 'asserted' AND date IS NOT NULL AND %s = ? AND %s = ? GROUP BY 1";
      sql = arm.formatted(ca.source(), cb.target()) + " UNION ALL " + arm.formatted(cb.source(), ca.target()) + " ORDER BY 1, 2, 3";
      args.addAll(List.of(a, b, a, b, b, a, b, a));
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setString(i + 1, args.get(i));
      }
      List<RelationRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RelationRow(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getDouble(9)));
        }
      }
      return out;
    }
  }

  /** The number of asserted events in each period from {@code first} to {@code last}, both included. */
  public static Map<LocalDate, Long> volume(Connection c, Period period, LocalDate first, LocalDate last) throws SQLException {
    String bin = "CAST(date_trunc('" + period.unit() + "', CAST(day AS TIMESTAMP)) AS DATE)";
    Map<LocalDate, Long> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + bin + ", sum(events) FROM pair_days "
        + "WHERE level = 'all' AND day >= ? AND day <= ? GROUP BY 1")) {
      ps.setDate(1, Date.valueOf(first));
      ps.setDate(2, Date.valueOf(last));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
        }
      }
    }
    return out;
  }
}
