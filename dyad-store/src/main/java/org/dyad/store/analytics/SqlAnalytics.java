package org.dyad.store.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.store.PairDays;
import org.dyad.store.Period;
import org.dyad.store.RelationRow;
import org.dyad.store.StoreException;
import org.dyad.store.search.ArticleSource;
import org.dyad.store.search.SqlArticleSource;

/**
 * {@link Analytics} in SQL that runs on both DuckDB and PostgreSQL: {@code date_trunc},
 * {@code CASE}, {@code count(*) FILTER} and intervals, nothing particular to either. Relations,
 * shifts, pairs and network links are read from the daily pair tallies ({@link PairDays}), so they
 * count asserted events that have a date; nodes and places from the events.
 */
public final class SqlAnalytics implements Analytics {
  /** The QuadClass counts of rows of the daily pair tallies ({@code pair_days}). */
  private static final String QUADS = "sum(q1), sum(q2), sum(q3), sum(q4)";
  /** The two sides of a tally row in alphabetical order, as a and b: a pair whichever way its events went. */
  private static final String ORDERED_PAIR = "CASE WHEN source < target THEN source ELSE target END AS a, "
      + "CASE WHEN source < target THEN target ELSE source END AS b";

  private final Connection connection;

  /** Analytics over the store behind {@code connection}, which stays the caller's. */
  public SqlAnalytics(Connection connection) {
    this.connection = connection;
  }

  @Override
  public List<NormalisedRelation> relations(String a, String b, Period period) throws StoreException {
    try {
      List<RelationRow> rows = PairDays.relations(connection, a, b, period);
      if (rows.isEmpty()) {
        return List.of();
      }
      // the volume of all news in the pair's periods, and only those, so the store is not binned whole
      LocalDate first = rows.get(0).period();
      LocalDate last = period.next(rows.get(rows.size() - 1).period()).minusDays(1);
      Map<LocalDate, Long> volume = PairDays.volume(connection, period, first, last);
      List<NormalisedRelation> out = new ArrayList<>();
      for (RelationRow row : rows) {
        out.add(new NormalisedRelation(row, volume.getOrDefault(row.period(), 0L)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot compute the normalised relations of " + a + " and " + b + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Shift> shifts(ShiftQuery q) throws StoreException {
    String unit = unit(q.period());
    String measure = q.measure() == ShiftMeasure.GOLDSTEIN ? "g" : "c";
    Sql sql = new Sql().add("WITH binned AS (SELECT CAST(date_trunc('" + unit + "', CAST(day AS TIMESTAMP)) AS DATE) AS p, "
        + ORDERED_PAIR + ", sum(events) AS n, sum(goldstein) / sum(events) AS g, "
        + "CAST(sum(q3) + sum(q4) AS FLOAT8) / sum(events) AS c "
        + "FROM pair_days WHERE level = ? AND source <> target AND day IS NOT NULL", q.level().tally())
        .range("day", q.range())
        .add(" GROUP BY 1, 2, 3) "
            + "SELECT cur.a, cur.b, prev.p, prev.n, prev.g, prev.c, cur.p, cur.n, cur.g, cur.c FROM binned cur "
            + "JOIN binned prev ON prev.a = cur.a AND prev.b = cur.b AND prev.p = CAST(cur.p - INTERVAL '1 " + unit + "' AS DATE) "
            + "WHERE cur.n >= ? AND prev.n >= ? "
            + "ORDER BY abs(cur." + measure + " - prev." + measure + ") DESC, cur.p DESC, cur.a, cur.b LIMIT ?",
            q.minEvents(), q.minEvents(), q.limit());
    try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
      List<Shift> out = new ArrayList<>();
      while (rs.next()) {
        PeriodStats previous = new PeriodStats(rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getDouble(5), rs.getDouble(6));
        PeriodStats current = new PeriodStats(rs.getDate(7).toLocalDate(), rs.getLong(8), rs.getDouble(9), rs.getDouble(10));
        out.add(new Shift(rs.getString(1), rs.getString(2), previous, current, q.measure()));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot compute the shifts by " + unit + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<PairActivity> pairs(DateRange range, Level level, int limit) throws StoreException {
    positive(limit);
    Sql sql = new Sql().add("SELECT a, b, sum(events), " + QUADS + ", sum(goldstein) FROM (SELECT " + ORDERED_PAIR
        + ", events, q1, q2, q3, q4, goldstein FROM pair_days WHERE level = ? AND source <> target", level.tally())
        .range("day", range)
        .add(") x GROUP BY a, b ORDER BY 3 DESC, a, b LIMIT ?", limit);
    try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
      List<PairActivity> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new PairActivity(rs.getString(1), rs.getString(2), rs.getLong(3), quads(rs, 4), rs.getDouble(8)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list the most active pairs: " + e.getMessage(), e);
    }
  }

  @Override
  public Network network(String actor, Level level, DateRange range, int limit) throws StoreException {
    positive(limit);
    if (actor != null && Level.of(actor) != level) {
      throw new IllegalArgumentException("'" + actor + "' is " + (level == Level.COUNTRY ? "an actor code" : "a country")
          + " but the network is of " + (level == Level.COUNTRY ? "countries" : "actor codes"));
    }
    Sql sql = new Sql().add("SELECT source, target, sum(events), " + QUADS + ", sum(goldstein) FROM pair_days "
        + "WHERE level = ? AND source <> target", level.tally());
    if (actor != null) {
      sql.add(" AND (source = ? OR target = ?)", actor, actor);
    }
    sql.range("day", range).add(" GROUP BY source, target ORDER BY 3 DESC, 1, 2 LIMIT ?", limit);
    List<Network.Link> links = new ArrayList<>();
    try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        links.add(new Network.Link(rs.getString(1), rs.getString(2), rs.getLong(3), quads(rs, 4), rs.getDouble(8)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot compute the network" + (actor == null ? "" : " of " + actor) + ": " + e.getMessage(), e);
    }
    Set<String> ids = new LinkedHashSet<>();
    links.forEach(l -> {
      ids.add(l.source());
      ids.add(l.target());
    });
    return new Network(nodes(ids, level, range), links);
  }

  /** The sides {@code ids} with their event counts in {@code range} and their labels, busiest first. */
  private List<Network.Node> nodes(Set<String> ids, Level level, DateRange range) throws StoreException {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Network.Node> out = new ArrayList<>();
    for (ActorActivity a : activity(ids, level, range, ids.size())) {
      out.add(new Network.Node(a.code(), a.label(), a.events()));
    }
    return out;
  }

  @Override
  public List<ActorActivity> actors(DateRange range, Level level, int limit) throws StoreException {
    positive(limit);
    return activity(null, level, range, limit);
  }

  /**
   * The activity of the sides {@code ids} (every side when null) in {@code range}, busiest first,
   * at most {@code limit}: an event with the same side at both ends counts once for it, as both.
   */
  private List<ActorActivity> activity(Set<String> ids, Level level, DateRange range, int limit) throws StoreException {
    String s = level.source();
    String t = level.target();
    // country rows carry no country name, so a country's label is its code
    String sn = level == Level.ACTOR ? "source_name" : "CAST(NULL AS VARCHAR)";
    String tn = level == Level.ACTOR ? "target_name" : "CAST(NULL AS VARCHAR)";
    String in = ids == null ? "" : " AND %s IN (" + "?, ".repeat(ids.size() - 1) + "?)";
    Object[] args = ids == null ? new Object[0] : ids.toArray();
    Sql sql = new Sql().add("SELECT code, count(*), sum(src), sum(tgt), sum(goldstein), min(name), max(name) FROM ("
        + "SELECT " + s + " AS code, " + sn + " AS name, 1 AS src, CASE WHEN " + t + " = " + s + " THEN 1 ELSE 0 END AS tgt, "
        + "goldstein FROM events WHERE status = 'asserted' AND " + s + " IS NOT NULL" + in.formatted(s), args)
        .range(range)
        .add(" UNION ALL SELECT " + t + ", " + tn + ", 0, 1, goldstein FROM events WHERE status = 'asserted' AND " + t
            + " IS NOT NULL AND (" + s + " IS NULL OR " + s + " <> " + t + ")" + in.formatted(t), args)
        .range(range)
        .add(") x GROUP BY code ORDER BY 2 DESC, 1 LIMIT ?", limit);
    try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
      List<ActorActivity> out = new ArrayList<>();
      while (rs.next()) {
        String code = rs.getString(1);
        String min = rs.getString(6);
        String label = min != null && min.equals(rs.getString(7)) ? min : code;
        out.add(new ActorActivity(code, label, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot count the events of " + (ids == null ? "the busiest sides" : "the network's " + ids.size()
          + " sides") + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Place> places(PlaceQuery q) throws StoreException {
    Sql sql = new Sql().add("SELECT location_name, location_country, lat, lon, geoname_id, count(*), sum(goldstein) FROM events "
        + "WHERE status = 'asserted' AND location_name IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL");
    sql.range(q.range());
    if (q.actor() != null) {
      Level l = Level.of(q.actor());
      sql.add(" AND (" + l.source() + " = ? OR " + l.target() + " = ?)", q.actor(), q.actor());
    }
    if (q.pairA() != null) {
      Level a = Level.of(q.pairA());
      Level b = Level.of(q.pairB());
      sql.add(" AND ((" + a.source() + " = ? AND " + b.target() + " = ?) OR (" + b.source() + " = ? AND " + a.target() + " = ?))",
          q.pairA(), q.pairB(), q.pairB(), q.pairA());
    }
    sql.add(" GROUP BY location_name, location_country, lat, lon, geoname_id ORDER BY 6 DESC, 1, 2, 3, 4 LIMIT ?", q.limit());
    try (PreparedStatement ps = sql.prepare(connection); ResultSet rs = ps.executeQuery()) {
      List<Place> out = new ArrayList<>();
      while (rs.next()) {
        Object geo = rs.getObject(5);
        out.add(new Place(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
            geo == null ? null : ((Number) geo).longValue(), rs.getLong(6), rs.getDouble(7)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list the places of events: " + e.getMessage(), e);
    }
  }

  @Override
  public ArticleSource articles() {
    return new SqlArticleSource(connection);
  }

  private static QuadCounts quads(ResultSet rs, int first) throws SQLException {
    return new QuadCounts(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3));
  }

  private static String unit(Period period) {
    return period.name().toLowerCase(Locale.ROOT);
  }

  private static void positive(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
