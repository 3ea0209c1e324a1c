package dev.vigil.stats.summary;

import java.util.function.LongToDoubleFunction;

/**
 * Rank arithmetic shared by every exact view of ascending values (sorted samples, distinct values
 * with counts), so that all of them count and interpolate alike to the last bit.
 */
public final class OrderStatistics {

  private OrderStatistics() {}

  /** The number of leading entries of {@code ascending} that are {@code <= x}. */
  public static int countAtMost(double[] ascending, double x) {
    return firstIndex(ascending, x, true);
  }

  /** The number of leading entries of {@code ascending} that are {@code < x}. */
  public static int countBelow(double[] ascending, double x) {
    return firstIndex(ascending, x, false);
  }

  private static int firstIndex(double[] ascending, double x, boolean inclusive) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (inclusive ? ascending[mid] <= x : ascending[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The index of the distinct value holding 0-based rank {@code rank} of the expanded values: the
   * first index whose running count exceeds it.
   *
   * @param cumulative running counts, non-decreasing, {@code rank < cumulative[last]}
   */
  public static int indexOfRank(long[] cumulative, long rank) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > rank) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * numpy's default ("linear") quantile of {@code n > 0} ascending values given by rank.
   *
   * @param orderStatistic the value at a 0-based rank in [0, n)
   */
  public static double linearQuantile(double q, long n, LongToDoubleFunction orderStatistic) {
    // numpy's virtual index n q + (alpha + q (1 - alpha - beta)) - 1 with alpha = beta = 1,
    // in numpy's order of operations so results agree to the last bit.
    double position = n * q + (1 + q * (1 - 1 - 1)) - 1;
    if (position < 0) {
      return orderStatistic.applyAsDouble(0);
    }
    long below = (long) Math.floor(position);
    if (below >= n - 1) {
      return orderStatistic.applyAsDouble(n - 1);
    }
    double fraction = position - below;
    double lower = orderStatistic.applyAsDouble(below);
    double upper = orderStatistic.applyAsDouble(below + 1);
    // numpy's _lerp: lower + (upper - lower) t, or upper - (upper - lower) (1 - t) for t >= 0.5.
    double diff = upper - lower;
    return fraction >= 0.5 ? upper - diff * (1 - fraction) : lower + diff * fraction;
  }
}
