package org.dyad.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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

  /** The same columns qualified by the alias {@code e}, for queries that join. */
  static final String SELECT =
      Arrays.stream(COLUMNS.split(", ")).map(c -> "e." + c).collect(Collectors.joining(", "));

  /** The listing order: by date, undated last, then by place in the article. */
  static final String ORDER = " ORDER BY e.date NULLS LAST, e.article_id, e.sentence_index, e.trigger_begin, e.id";

  private EventRows() {}

  static int columnCount() {
    return COLUMNS.split(",").length;
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
