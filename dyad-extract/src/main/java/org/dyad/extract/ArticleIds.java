package org.dyad.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: the same clean text always gets the same id, wherever it was read. */
public final class ArticleIds {
  private ArticleIds() {}

  /** A 16-hex-digit id from the SHA-256 of the text with white space collapsed. */
  public static String of(String text) {
    String norm = text.replaceAll("\\s+", " ").strip();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
