package org.dyad.store;

/**
 * The databases a store can live in. The schema and queries are written once in the SQL both
 * understand; what differs is how rows are written in bulk and how more connections are opened.
 */
public enum Dialect {
  /** An embedded DuckDB file: events are written through DuckDB's appender. */
  DUCKDB,
  /** A PostgreSQL 15+ server: events are written as batched inserts. */
  POSTGRESQL
}
