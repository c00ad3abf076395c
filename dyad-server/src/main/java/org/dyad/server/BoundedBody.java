package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;

/** Reads a request body, refusing with 413 one that is larger than the limit. */
final class BoundedBody {
  private BoundedBody() {}

  /**
   * The body's bytes.
   *
   * @param declared the Content-Length, or -1 when the body is chunked
   */
  static byte[] read(InputStream in, long declared, long max) throws ApiException, IOException {
    if (declared > max) {
      throw tooLarge(max);
    }
    // Chunked bodies declare no length, so the limit is enforced while reading too.
    byte[] data = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (data.length > max) {
      throw tooLarge(max);
    }
    return data;
  }

  private static ApiException tooLarge(long max) {
    return new ApiException(413, "the request body is larger than " + max + " bytes");
  }
}
