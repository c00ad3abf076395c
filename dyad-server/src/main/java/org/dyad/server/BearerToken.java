package org.dyad.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Checks an {@code Authorization: Bearer ...} header against the token set at start-up. */
final class BearerToken {
  private final byte[] expected;

  /** A check for {@code token}; null refuses every request. */
  BearerToken(String token) {
    expected = token == null ? null : digest(token);
  }

  /** Passes when the header carries the token; otherwise a 401. */
  void check(String authorization) throws ApiException {
    if (expected == null) {
      throw new ApiException(401, "ingest is disabled: the server was started without a token");
    }
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new ApiException(401, "a bearer token is required");
    }
    // Comparing digests takes the same time whatever the guess, so timing tells nothing.
    if (!MessageDigest.isEqual(expected, digest(authorization.substring("Bearer ".length()).strip()))) {
      throw new ApiException(401, "the bearer token is wrong");
    }
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
