package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a store holds, table by table, in a form two stores can be compared in: every row of every
 * table of the current schema as column-to-text maps, sorted, without the times rows were written
 * and without the schema's own bookkeeping. The daily pair tallies are folded to one row per pair
 * and day first, as their rows depend on how the articles were batched, not on what was stored.
 */
public final class StoreContents {
  private StoreContents() {}

  /** The contents of the store behind {@code c}. */
  public static Map<String, List<Map<String, String>>> of(Connection c) throws SQLException {
    Map<String, List<Map<String, String>>> tables = new TreeMap<>();
    try (Statement st = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
          + "AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_version', 'pair_days_state') "
          + "AND table_name NOT LIKE 'dyad_batch%'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String table : names) {
        String select = !table.equals("pair_days") ? "SELECT * FROM " + table
            : "SELECT level, source, target, day, sum(events) AS events, sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, "
                + "sum(q4) AS q4, round(CAST(sum(goldstein) AS NUMERIC), 6) AS goldstein FROM pair_days "
                + "GROUP BY level, source, target, day";
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(select)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            Map<String, String> row = new TreeMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              if (!md.getColumnTypeName(i).toUpperCase(Locale.ROOT).startsWith("TIMESTAMP")) {
                row.put(md.getColumnName(i), rs.getString(i));
              }
            }
            rows.add(row);
          }
        }
        rows.sort((a, b) -> a.toString().compareTo(b.toString()));
        tables.put(table, rows);
      }
    }
    return tables;
  }
}
