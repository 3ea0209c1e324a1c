package dev.vigil.stats.significance;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * One-sided exact binomial test that a proportion is below {@code p0}, as scipy's {@code
 * binomtest(k, n, p0, alternative="less")}: {@code p = P(X <= k)} for {@code X ~ Binomial(n, p0)}.
 * Computed from the regularized incomplete beta function, so it costs the same for any {@code n} up
 * to {@link Integer#MAX_VALUE}.
 */
public final class ExactBinomialTest {

  private ExactBinomialTest() {}

  /**
   * @param successes in [0, trials]
   * @param trials positive, at most {@link Integer#MAX_VALUE}
   * @param p0 the proportion under the null hypothesis, in [0, 1]
   */
  public static SignificanceResult less(long successes, long trials, double p0) {
    if (trials <= 0 || trials > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "trials: must be in [1, " + Integer.MAX_VALUE + "], got " + trials);
    }
    TwoByTwoTable.requireSuccesses(successes, trials, "successes");
    if (!(p0 >= 0.0 && p0 <= 1.0)) {
      throw new IllegalArgumentException("p0: must be in [0, 1], got " + p0);
    }
    double p = BinomialDistribution.of((int) trials, p0).cumulativeProbability((int) successes);
    return new SignificanceResult(
        SignificanceMethod.EXACT_BINOMIAL,
        Alternative.LESS,
        (double) successes / trials,
        Math.min(1.0, p));
  }
}
