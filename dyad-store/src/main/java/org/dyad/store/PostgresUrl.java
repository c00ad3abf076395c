package org.dyad.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Where a PostgreSQL store is: {@code postgresql://user:pass@host:port/dbname} (libpq style) or
 * {@code jdbc:postgresql://host:port/dbname?user=...} (JDBC style), as the JDBC URL and connection
 * properties the driver takes. The password never appears in {@link #toString()}.
 *
 * @param jdbcUrl the JDBC URL without user and password
 * @param user the user name, or null to use the driver's default or the URL's parameter
 * @param password the password, or null
 */
public record PostgresUrl(String jdbcUrl, String user, String password) {
  private static final String LIBPQ = "postgresql://";
  private static final String JDBC = "jdbc:postgresql://";

  /** Whether {@code location} names a PostgreSQL database rather than a DuckDB file. */
  public static boolean matches(String location) {
    String l = location.toLowerCase(Locale.ROOT);
    return l.startsWith(LIBPQ) || l.startsWith(JDBC) || l.startsWith("postgres://");
  }

  /** Parses either form; anything else is the caller's mistake. */
  public static PostgresUrl parse(String location) {
    if (!matches(location)) {
      throw new IllegalArgumentException("'" + location + "' is not a postgresql:// or jdbc:postgresql:// URL");
    }
    if (location.toLowerCase(Locale.ROOT).startsWith(JDBC)) {
      return new PostgresUrl(location, null, null);
    }
    URI u;
    try {
      u = new URI(location);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + redact(location) + "' is not a valid URL: " + e.getReason(), e);
    }
    if (u.getHost() == null || u.getPath() == null || u.getPath().length() <= 1) {
      throw new IllegalArgumentException(
          "'" + redact(location) + "' needs a host and a database: postgresql://user:pass@host:port/dbname");
    }
    String user = null;
    String password = null;
    if (u.getRawUserInfo() != null) {
      String[] parts = u.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    String jdbc = JDBC + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath()
        + (u.getRawQuery() != null ? "?" + u.getRawQuery() : "");
    return new PostgresUrl(jdbc, user, password);
  }

  /** A new connection to the database. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, properties());
  }

  private Properties properties() {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    return p;
  }

  @Override
  public String toString() {
    return redact(jdbcUrl);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The URL without its password, fit for messages. */
  static String redact(String url) {
    return url.replaceAll("(://[^:/@]+:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
