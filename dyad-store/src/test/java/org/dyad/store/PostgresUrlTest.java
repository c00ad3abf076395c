package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Server locations as users write them, and never a password in a message. */
class PostgresUrlTest {
  @Test
  void libpqUrlsBecomeJdbcUrlsWithTheCredentialsApart() {
    PostgresUrl u = PostgresUrl.parse("postgresql://dyad:s%40cret@db.example:5433/events?currentSchema=news");
    assertEquals("jdbc:postgresql://db.example:5433/events?currentSchema=news", u.jdbcUrl());
    assertEquals("dyad", u.user());
    assertEquals("s@cret", u.password());
    assertFalse(u.toString().contains("cret"), u.toString());
    PostgresUrl noPort = PostgresUrl.parse("postgresql://localhost/dyad");
    assertEquals("jdbc:postgresql://localhost/dyad", noPort.jdbcUrl());
    assertNull(noPort.user());
  }

  @Test
  void jdbcUrlsPassThroughButAreRedacted() {
    PostgresUrl u = PostgresUrl.parse("jdbc:postgresql://localhost:5432/dyad?user=dyad&password=hunter2");
    assertEquals("jdbc:postgresql://localhost:5432/dyad?user=dyad&password=hunter2", u.jdbcUrl());
    assertEquals("jdbc:postgresql://localhost:5432/dyad?user=dyad&password=***", u.toString());
  }

  @Test
  void onlyServerUrlsAreServerUrls() {
    assertTrue(PostgresUrl.matches("postgresql://h/d"));
    assertTrue(PostgresUrl.matches("JDBC:POSTGRESQL://h/d"));
    assertFalse(PostgresUrl.matches("/var/lib/dyad/dyad.duckdb"));
    assertFalse(PostgresUrl.matches("postgresql.duckdb"));
    assertThrows(IllegalArgumentException.class, () -> PostgresUrl.parse("dyad.duckdb"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PostgresUrl.parse("postgresql://u:pw@host"));
    assertTrue(e.getMessage().contains("needs a host and a database"), e.getMessage());
    assertFalse(e.getMessage().contains(":pw@"), e.getMessage());
  }
}
