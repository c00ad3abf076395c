package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Server settings are checked when they are made, before anything listens. */
class ServerConfigTest {
  private static final long MAX = ServerConfig.DEFAULT_MAX_BODY_BYTES;

  @Test
  void goodSettingsPass() {
    assertDoesNotThrow(() -> new ServerConfig("127.0.0.1", 0, null, MAX, null));
    assertDoesNotThrow(() -> new ServerConfig("0.0.0.0", 8080, "a-long-enough-token!", 1, "http://localhost:3000"));
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ServerConfig(" ", 8080, null, MAX, null));
    assertThrows(IllegalArgumentException.class, () -> new ServerConfig("127.0.0.1", 65536, null, MAX, null));
    assertThrows(IllegalArgumentException.class, () -> new ServerConfig("127.0.0.1", 8080, "short", MAX, null));
    assertThrows(IllegalArgumentException.class, () -> new ServerConfig("127.0.0.1", 8080, "a token with spaces in it", MAX, null));
    assertThrows(IllegalArgumentException.class, () -> new ServerConfig("127.0.0.1", 8080, null, 0, null));
    assertThrows(IllegalArgumentException.class, () -> new ServerConfig("127.0.0.1", 8080, null, MAX, "*"));
  }
}
