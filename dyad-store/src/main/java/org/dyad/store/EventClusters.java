package org.dyad.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.Event;

/**
 * Merges reports of one real-world event across articles into a cluster, inside the caller's
 * transaction. Two dated events belong together when they have the same source and target codes,
 * the same CAMEO root and status, and dates no more than {@link #WINDOW_DAYS} apart; an event
 * joins the nearest such cluster or starts its own. Undated events are not clustered: with no
 * date there is no telling reports of one event from reports of two.
 *
 * <p>A cluster's counts are kept up to date by adding each new article's share to them, never by
 * counting its events again, so storing an article costs the same however large the store is.
 * That holds because an article is stored once and whole: its reports are new mentions, it is
 * one new article, and its source is new to the cluster unless {@code cluster_sources} has it.
 */
final class EventClusters {
  /** How many days apart two reports of one event may be dated. */
  static final int WINDOW_DAYS = 2;

  private static final String FIND =
      "SELECT id FROM event_clusters WHERE source_code IS NOT DISTINCT FROM ? AND target_code IS NOT DISTINCT FROM ? "
          + "AND cameo_root = ? AND status = ? AND last_date >= ? AND first_date <= ? "
          + "ORDER BY least(abs(first_date - CAST(? AS DATE)), abs(last_date - CAST(? AS DATE))), id LIMIT 1";
  private static final String CREATE =
      "INSERT INTO event_clusters VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0)";
  private static final String ADD_SOURCE =
      "INSERT INTO cluster_sources (cluster_id, source) VALUES (?, ?) ON CONFLICT DO NOTHING";
  private static final String ADD_COUNTS =
      "UPDATE event_clusters SET num_mentions = num_mentions + ?, num_articles = num_articles + 1, "
          + "num_sources = num_sources + ?, first_date = least(first_date, CAST(? AS DATE)), "
          + "last_date = greatest(last_date, CAST(? AS DATE)) WHERE id = ?";
  private static final Pattern HOST = Pattern.compile("^[a-z]+://([^/]+)");

  private EventClusters() {}

  /**
   * Chooses the cluster of each dated event of a new article, creating the clusters that do not
   * exist yet; the events are written afterwards with their cluster and then {@link #count}ed.
   *
   * @return the cluster of each dated event, by event id
   */
  static Map<String, String> assign(StatementCache sql, List<Event> events) throws SQLException {
    Map<String, String> clusters = new LinkedHashMap<>();
    PreparedStatement find = sql.get(FIND);
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
        PreparedStatement create = sql.get(CREATE);
        create.setString(1, cluster);
        create.setString(2, source);
        create.setString(3, target);
        create.setString(4, e.cameoRoot());
        create.setString(5, e.status().label());
        create.setDate(6, day);
        create.setDate(7, day);
        create.executeUpdate();
      }
      clusters.put(e.id(), cluster);
    }
    return clusters;
  }

  /** Adds the new article's reports to the counts and dates of the clusters they joined. */
  static void count(StatementCache sql, Article article, List<Event> events, Map<String, String> clusters)
      throws SQLException {
    Map<String, Share> shares = new LinkedHashMap<>();
    for (Event e : events) {
      String cluster = clusters.get(e.id());
      if (cluster != null) {
        shares.computeIfAbsent(cluster, c -> new Share()).add(e.date());
      }
    }
    String source = source(article);
    for (Map.Entry<String, Share> s : shares.entrySet()) {
      int newSource = 0;
      if (source != null) {
        PreparedStatement add = sql.get(ADD_SOURCE);
        add.setString(1, s.getKey());
        add.setString(2, source);
        newSource = add.executeUpdate() > 0 ? 1 : 0;
      }
      PreparedStatement counts = sql.get(ADD_COUNTS);
      counts.setInt(1, s.getValue().mentions);
      counts.setInt(2, newSource);
      counts.setDate(3, Date.valueOf(s.getValue().first));
      counts.setDate(4, Date.valueOf(s.getValue().last));
      counts.setString(5, s.getKey());
      counts.executeUpdate();
    }
  }

  /** An article's source: its site, else its URL's host, else the file it came from; null if none. */
  static String source(Article a) {
    if (a.site() != null) {
      return a.site();
    }
    if (a.url() != null) {
      Matcher m = HOST.matcher(a.url());
      return m.find() ? m.group(1) : "";
    }
    return a.file();
  }

  /** One article's reports of one cluster. */
  private static final class Share {
    int mentions;
    LocalDate first;
    LocalDate last;

    void add(LocalDate d) {
      mentions++;
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
  }
}
