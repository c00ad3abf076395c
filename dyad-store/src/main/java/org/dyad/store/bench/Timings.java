package org.dyad.store.bench;

import java.util.Arrays;

/**
 * Summary of repeated timings, in milliseconds.
 *
 * @param runs how many were timed
 * @param medianMs the median
 * @param p95Ms the 95th percentile (nearest rank)
 * @param maxMs the slowest
 */
public record Timings(int runs, double medianMs, double p95Ms, double maxMs) {
  /** Summarises durations in nanoseconds. */
  public static Timings ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no timings to summarise");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Timings(sorted.length, rank(sorted, 0.5), rank(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
  }

  private static double rank(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
