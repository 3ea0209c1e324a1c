package dev.vigil.core.serving;

/**
 * Latencies counted in fixed log-spaced buckets: bucket {@code i} holds the latencies in {@code
 * [MIN * GROWTH^i, MIN * GROWTH^(i+1))} seconds, the first also those below {@link #MIN_SECONDS}
 * and the last those above {@link #MAX_SECONDS}. A quantile is the geometric middle of the bucket
 * that holds the nearest-rank quantile, so for latencies within [{@link #MIN_SECONDS}, {@link
 * #MAX_SECONDS}] it is within {@link #RELATIVE_ERROR} of the exact value. Not thread-safe: its
 * owner guards it.
 */
final class LatencyHistogram {

  /** The smallest latency told apart, 1 µs. */
  static final double MIN_SECONDS = 1e-6;

  /** The largest latency told apart, 100 s. */
  static final double MAX_SECONDS = 100;

  /** Each bucket's upper bound over its lower bound. */
  static final double GROWTH = 1.1;

  /** The largest relative error of a quantile within the range: {@code sqrt(GROWTH) - 1}. */
  static final double RELATIVE_ERROR = Math.sqrt(GROWTH) - 1;

  static final int BUCKETS =
      (int) Math.ceil(Math.log(MAX_SECONDS / MIN_SECONDS) / Math.log(GROWTH));

  private static final double LOG_GROWTH = Math.log(GROWTH);

  private final long[] counts = new long[BUCKETS];
  private long total;

  void add(double seconds) {
    counts[indexOf(seconds)]++;
    total++;
  }

  void addAll(LatencyHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  void clear() {
    java.util.Arrays.fill(counts, 0);
    total = 0;
  }

  long total() {
    return total;
  }

  /**
   * The {@code q} quantile in seconds, NaN when empty: the middle of the bucket holding the
   * observation of rank {@code max(1, ceil(q * total))}.
   */
  double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q must be in [0, 1], was " + q);
    }
    if (total == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(q * total));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return MIN_SECONDS * Math.exp((i + 0.5) * LOG_GROWTH);
      }
    }
    throw new IllegalStateException("counts do not add up to " + total);
  }

  static int indexOf(double seconds) {
    if (!(seconds > MIN_SECONDS)) {
      return 0;
    }
    int index = (int) Math.floor(Math.log(seconds / MIN_SECONDS) / LOG_GROWTH);
    return Math.min(index, BUCKETS - 1);
  }
}
