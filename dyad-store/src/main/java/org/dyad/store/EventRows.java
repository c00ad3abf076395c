package org.dyad.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.EventStatus;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Span;

/** The columns of an event row and how a row becomes an {@link Event} again. */
final class EventRows {
  /** The event columns, in insert order. */
  static final String COLUMNS =
      "id, article_id, sentence_index, sentence, date, date_precision, status, "
          + "source_text, source_code, source_country, source_sector, source_name, source_wikipedia, "
          + "target_text, target_code, target_country, target_sector, target_name, target_wikipedia, "
          + "cameo, cameo_root, quad_class, goldstein, plover_type, plover_mode, "
          + "location_name, location_country, lat, lon, geoname_id, confidence, "
          + "sentence_begin, sentence_end, source_begin, source_end, target_begin, target_end, "
          + "trigger_begin, trigger_end, pattern_id";

  /** The columns a new event row is written with: {@link #COLUMNS} and then its cluster, in table order. */
  static final String WRITE_COLUMNS = COLUMNS + ", cluster_id";

  /** The JDBC type of each of {@link #WRITE_COLUMNS}, for writing nulls. */
  private static final int[] TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.BIGINT, Types.DOUBLE,
    Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
    Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR
  };

  /** The same columns qualified by the alias {@code e}, for queries that join. */
  static final String SELECT =
      Arrays.stream(COLUMNS.split(", ")).map(c -> "e." + c).collect(Collectors.joining(", "));

  /** The listing order: by date, undated last, then by place in the article. */
  static final String ORDER = " ORDER BY e.date NULLS LAST, e.article_id, e.sentence_index, e.trigger_begin, e.id";

  private EventRows() {}

  static int columnCount() {
    return COLUMNS.split(",").length;
  }

  /** The JDBC type of write column {@code i} (from 0). */
  static int type(int i) {
    return TYPES[i];
  }

  /**
   * The values of an event's row in {@link #WRITE_COLUMNS} order: String, Integer, Double, Long
   * or LocalDate, null where the event has none.
   */
  static List<Object> values(Event e, String clusterId) {
    List<Object> v = new ArrayList<>(TYPES.length);
    v.add(e.id());
    v.add(e.articleId());
    v.add(e.sentenceIndex());
    v.add(e.sentence());
    v.add(e.date());
    v.add(e.datePrecision().label());
    v.add(e.status().label());
    addActor(v, e.source());
    addActor(v, e.target());
    v.add(e.cameo());
    v.add(e.cameoRoot());
    v.add(e.quadClass());
    v.add(e.goldstein());
    v.add(e.ploverType());
    v.add(e.ploverMode());
    Location l = e.location();
    v.add(l == null ? null : l.name());
    v.add(l == null ? null : l.country());
    v.add(l == null ? null : l.lat());
    v.add(l == null ? null : l.lon());
    v.add(l == null ? null : l.geonameId());
    v.add(e.confidence());
    Evidence ev = e.evidence();
    addSpan(v, ev.sentence());
    addSpan(v, ev.source());
    addSpan(v, ev.target());
    addSpan(v, ev.trigger());
    v.add(ev.patternId());
    v.add(clusterId);
    if (v.size() != TYPES.length) {
      throw new IllegalStateException("an event row has " + v.size() + " values for " + TYPES.length + " columns");
    }
    return v;
  }

  private static void addActor(List<Object> v, Actor a) {
    v.add(a == null ? null : a.text());
    v.add(a == null ? null : a.code());
    v.add(a == null ? null : a.country());
    v.add(a == null ? null : a.sector());
    v.add(a == null ? null : a.name());
    v.add(a == null ? null : a.wikipedia());
  }

  private static void addSpan(List<Object> v, Span s) {
    v.add(s == null ? null : s.begin());
    v.add(s == null ? null : s.end());
  }

  static Event event(ResultSet rs) throws SQLException {
    Date d = rs.getDate("date");
    Double lat = (Double) rs.getObject("lat");
    Location loc = rs.getString("location_name") == null ? null
        : new Location(rs.getString("location_name"), rs.getString("location_country"), lat, (Double) rs.getObject("lon"),
            (Long) rs.getObject("geoname_id"));
    Evidence ev = new Evidence(span(rs, "sentence"), span(rs, "source"), span(rs, "target"), span(rs, "trigger"),
        rs.getString("pattern_id"));
    return new Event(rs.getString("id"), rs.getString("article_id"), null, rs.getString("sentence"),
        rs.getInt("sentence_index"), ev, d == null ? null : d.toLocalDate(),
        DatePrecision.of(rs.getString("date_precision")), EventStatus.of(rs.getString("status")),
        actor(rs, "source"), actor(rs, "target"), rs.getString("cameo"), rs.getInt("quad_class"),
        rs.getDouble("goldstein"), rs.getString("plover_type"), rs.getString("plover_mode"), loc,
        rs.getDouble("confidence"));
  }

  private static Actor actor(ResultSet rs, String side) throws SQLException {
    String code = rs.getString(side + "_code");
    if (code == null) {
      return null;
    }
    return new Actor(rs.getString(side + "_text"), code, rs.getString(side + "_country"), rs.getString(side + "_sector"),
        null, rs.getString(side + "_name"), rs.getString(side + "_wikipedia"), null);
  }

  private static Span span(ResultSet rs, String part) throws SQLException {
    Object b = rs.getObject(part + "_begin");
    if (b == null) {
      return null;
    }
    return new Span(((Number) b).intValue(), rs.getInt(part + "_end"));
  }
}
