package dev.vigil.stats.significance;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * The hypergeometric distribution of the top-left cell of a 2x2 table with fixed margins, with
 * tails summed from the far side of the mode outwards. Every term comes from the saddle-point
 * (log-space) probability of commons-statistics, so huge tables neither overflow nor lose
 * precision; terms decrease away from the mode, so a tail stops once its terms no longer change the
 * sum, and costs about a few standard deviations of terms rather than the whole support.
 */
final class Hypergeometric {

  /** Terms below this fraction of the running sum are dropped (the rest is smaller still). */
  private static final double NEGLIGIBLE = 1e-20;

  private final HypergeometricDistribution distribution;
  private final int lower;
  private final int upper;
  private final int mode;

  /**
   * @param population the table total
   * @param successes the first row total
   * @param draws the first column total
   */
  Hypergeometric(long population, long successes, long draws) {
    if (population > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "table: total " + population + " exceeds " + Integer.MAX_VALUE);
    }
    this.distribution =
        HypergeometricDistribution.of((int) population, (int) successes, (int) draws);
    this.lower = distribution.getSupportLowerBound();
    this.upper = distribution.getSupportUpperBound();
    // floor((n + 1)(K + 1) / (N + 2)) is a mode of the hypergeometric distribution.
    this.mode = (int) ((draws + 1) * (successes + 1) / (population + 2));
  }

  int mode() {
    return mode;
  }

  int lower() {
    return lower;
  }

  int upper() {
    return upper;
  }

  double probability(int x) {
    return x < lower || x > upper ? 0.0 : distribution.probability(x);
  }

  /** {@code P(X <= x)}. */
  double cumulative(int x) {
    if (x < lower) {
      return 0.0;
    }
    if (x >= upper) {
      return 1.0;
    }
    return x <= mode ? sumOutwards(x, -1) : 1.0 - sumOutwards(x + 1, +1);
  }

  /** {@code P(X >= x)}. */
  double survival(int x) {
    if (x > upper) {
      return 0.0;
    }
    if (x <= lower) {
      return 1.0;
    }
    return x >= mode ? sumOutwards(x, +1) : 1.0 - sumOutwards(x - 1, -1);
  }

  /** Sums from {@code start}, on the far side of the mode, away from it. */
  private double sumOutwards(int start, int step) {
    double sum = 0.0;
    for (int x = start; x >= lower && x <= upper; x += step) {
      double term = distribution.probability(x);
      sum += term;
      if (term <= sum * NEGLIGIBLE) {
        break;
      }
    }
    return sum;
  }
}
