package org.dyad.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a stream whole, unless it is larger than a cap, without ever holding more than the cap. */
final class CappedBytes {
  private CappedBytes() {}

  /** All of {@code in}, or null as soon as it runs past {@code maxBytes}. */
  static byte[] read(InputStream in, long maxBytes) throws IOException {
    byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
    if (in.read() != -1) {
      return null;
    }
    return b;
  }

  /** At most the first {@code maxBytes} of {@code in}; the rest is not read. */
  static byte[] head(InputStream in, long maxBytes) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
  }

  /** Why a document of {@code size} bytes (negative when unknown) was refused. */
  static String tooLarge(long size, long maxBytes) {
    String limit = String.format(Locale.ROOT, "the %.1f MB limit for one document", maxBytes / 1048576.0);
    return size < 0
        ? "is over " + limit
        : String.format(Locale.ROOT, "is %.1f MB, over %s", size / 1048576.0, limit);
  }
}
