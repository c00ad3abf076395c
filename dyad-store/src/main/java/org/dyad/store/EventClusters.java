package org.dyad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Event;

/**
 * Merges reports of one real-world event across articles into a cluster, inside the caller's
 * transaction. Two dated events belong together when they have the same source and target codes,
 * the same CAMEO root and status, and dates no more than {@link #WINDOW_DAYS} apart; an event
 * joins the nearest such cluster or starts its own. Undated events are not clustered: with no
 * date there is no telling reports of one event from reports of two.
 */
final class EventClusters {
  /** How many days apart two reports of one event may be dated. */
  static final int WINDOW_DAYS = 2;

  private static final String FIND =
      "SELECT id FROM event_clusters WHERE source_code IS NOT DISTINCT FROM ? AND target_code IS NOT DISTINCT FROM ? "
          + "AND cameo_root = ? AND status = ? AND last_date >= ? AND first_date <= ? "
          + "ORDER BY least(abs(datediff('day', first_date, ?)), abs(datediff('day', last_date, ?))), id LIMIT 1";
  private static final String CREATE =
      "INSERT INTO event_clusters VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0)";
  private static final String ASSIGN = "UPDATE events SET cluster_id = ? WHERE id = ?";
  // A source is the site, else the URL's host, else the file the article came from.
  private static final String RECOUNT =
      "UPDATE event_clusters SET "
          + "num_mentions = (SELECT count(*) FROM events e WHERE e.cluster_id = event_clusters.id), "
          + "num_articles = (SELECT count(DISTINCT e.article_id) FROM events e WHERE e.cluster_id = event_clusters.id), "
          + "num_sources = (SELECT count(DISTINCT coalesce(a.site, regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), a.file)) "
          + "  FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = event_clusters.id), "
          + "first_date = (SELECT min(e.date) FROM events e WHERE e.cluster_id = event_clusters.id), "
          + "last_date = (SELECT max(e.date) FROM events e WHERE e.cluster_id = event_clusters.id) "
          + "WHERE id = ?";

  private EventClusters() {}

  /** Puts each dated event of a newly stored article into its cluster and brings the counts up to date. */
  static void assign(Connection c, List<Event> events) throws SQLException {
    Set<String> touched = new LinkedHashSet<>();
    try (PreparedStatement find = c.prepareStatement(FIND);
        PreparedStatement create = c.prepareStatement(CREATE);
        PreparedStatement assign = c.prepareStatement(ASSIGN)) {
      for (Event e : events) {
        if (e.date() == null) {
          continue;
        }
        String source = e.source() == null ? null : e.source().code();
        String target = e.target() == null ? null : e.target().code();
        Date day = Date.valueOf(e.date());
        find.setString(1, source);
        find.setString(2, target);
        find.setString(3, e.cameoRoot());
        find.setString(4, e.status().label());
        find.setDate(5, Date.valueOf(e.date().minusDays(WINDOW_DAYS)));
        find.setDate(6, Date.valueOf(e.date().plusDays(WINDOW_DAYS)));
        find.setDate(7, day);
        find.setDate(8, day);
        String cluster = null;
        try (ResultSet rs = find.executeQuery()) {
          if (rs.next()) {
            cluster = rs.getString(1);
          }
        }
        if (cluster == null) {
          cluster = e.id();
          create.setString(1, cluster);
          create.setString(2, source);
          create.setString(3, target);
          create.setString(4, e.cameoRoot());
          create.setString(5, e.status().label());
          create.setDate(6, day);
          create.setDate(7, day);
          create.executeUpdate();
        }
        assign.setString(1, cluster);
        assign.setString(2, e.id());
        assign.executeUpdate();
        touched.add(cluster);
      }
    }
    try (PreparedStatement recount = c.prepareStatement(RECOUNT)) {
      for (String id : touched) {
        recount.setString(1, id);
        recount.executeUpdate();
      }
    }
  }
}
