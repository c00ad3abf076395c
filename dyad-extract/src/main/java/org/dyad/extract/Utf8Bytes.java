package org.dyad.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells how much of a page's bytes is UTF-8, and decodes a page that is UTF-8 but for a few stray
 * bytes of a Latin code page (a pasted excerpt, a template written in another encoding, a multibyte
 * character cut in half). Such a page read all as a Latin code page garbles every accented letter;
 * read as UTF-8 with each stray byte taken as Windows-1252 it loses nothing.
 */
final class Utf8Bytes {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Valid multibyte sequences and bytes that begin no valid sequence, counted in one pass. */
  record Counts(int multibyte, int invalid) {
    /** Bytes that are UTF-8 with multibyte characters and nothing else: no Latin page reads so. */
    boolean isUtf8() {
      return invalid == 0 && multibyte > 0;
    }

    /** UTF-8 with far more good multibyte characters than stray bytes. */
    boolean isMostlyUtf8() {
      return multibyte >= 10 && multibyte >= 5 * invalid;
    }
  }

  private Utf8Bytes() {}

  static Counts count(byte[] b, int from) {
    int multibyte = 0;
    int invalid = 0;
    for (int i = from; i < b.length; ) {
      int n = sequence(b, i);
      if (n == 0) {
        invalid++;
        i++;
      } else {
        if (n > 1) {
          multibyte++;
        }
        i += n;
      }
    }
    return new Counts(multibyte, invalid);
  }

  /** {@code b} from {@code from} as UTF-8, each byte that begins no valid sequence as Windows-1252. */
  static String decodeLeniently(byte[] b, int from) {
    StringBuilder out = new StringBuilder(b.length - from);
    int run = from;
    for (int i = from; i < b.length; ) {
      int n = sequence(b, i);
      if (n > 0) {
        i += n;
        continue;
      }
      out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      out.append(new String(b, i, 1, WINDOWS_1252));
      i++;
      run = i;
    }
    out.append(new String(b, run, b.length - run, StandardCharsets.UTF_8));
    return out.toString();
  }

  /** The length of the valid UTF-8 sequence at {@code i}, or 0 when none begins there. */
  private static int sequence(byte[] b, int i) {
    int c = b[i] & 0xff;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int lo = 0x80;
    int hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c == 0xe0) {
        lo = 0xa0; // overlong
      } else if (c == 0xed) {
        hi = 0x9f; // surrogates
      }
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c == 0xf0) {
        lo = 0x90;
      } else if (c == 0xf4) {
        hi = 0x8f;
      }
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xff;
    if (second < lo || second > hi) {
      return 0;
    }
    for (int k = 2; k < n; k++) {
      int cont = b[i + k] & 0xff;
      if (cont < 0x80 || cont > 0xbf) {
        return 0;
      }
    }
    return n;
  }
}
