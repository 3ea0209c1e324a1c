package dev.vigil.bench;

import java.util.Arrays;

/**
 * Request latencies of a run, sorted once, for nearest-rank percentiles. Invariant: the array is
 * sorted ascending and never shared.
 */
final class LatencySummary {

  private final long[] sortedNanos;

  LatencySummary(long[] nanos) {
    this.sortedNanos = nanos.clone();
    Arrays.sort(sortedNanos);
  }

  int count() {
    return sortedNanos.length;
  }

  /** The nearest-rank {@code q} quantile in milliseconds ({@code q} in (0, 1]); NaN if empty. */
  double percentileMillis(double q) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sortedNanos.length);
    return sortedNanos[Math.max(rank, 1) - 1] / 1e6;
  }

  double maxMillis() {
    return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
  }
}
