package org.dyad.store.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash of a text over its word trigrams: texts that differ in a few words differ in a
 * few bits, so syndicated copies with another headline, byline or footer are found by Hamming
 * distance.
 */
public final class SimHash {
  /** Texts shorter than this many words are not compared: one-sentence items differ in what matters. */
  public static final int MIN_WORDS = 50;
  /** Copies differ in at most this many bits. */
  public static final int MAX_DISTANCE = 3;

  private SimHash() {}

  /** The words of {@code text}, lowercase, letters and digits only. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The SimHash of a text's words. */
  public static long of(List<String> words) {
    int[] votes = new int[64];
    for (int i = 0; i + 2 < words.size(); i++) {
      long h = fnv1a(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
      }
    }
    long hash = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        hash |= 1L << b;
      }
    }
    return hash;
  }

  /** Band {@code i} (0-3) of a hash: two hashes within {@link #MAX_DISTANCE} bits share at least one band. */
  public static int band(long hash, int i) {
    return (int) ((hash >>> (16 * i)) & 0xFFFF);
  }

  /** How many bits two hashes differ in. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    // spread the low-entropy FNV bits before voting
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
