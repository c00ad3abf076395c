package org.dyad.store.analytics;

import java.sql.Connection;

/** {@link Analytics} in SQL that runs on both DuckDB and PostgreSQL. */
public final class SqlAnalytics implements Analytics {
  private final Connection connection;

  /** Analytics over the store behind {@code connection}, which stays the caller's. */
  public SqlAnalytics(Connection connection) {
    this.connection = connection;
  }
}
