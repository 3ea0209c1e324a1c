package dev.vigil.stats.significance;

import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-proportion z-test with pooled variance, as statsmodels' {@code proportions_ztest(count=[x1,
 * x2], nobs=[n1, n2])}: {@code z = (p1 - p2) / sqrt(p(1 - p)(1/n1 + 1/n2))} with {@code p} the
 * pooled proportion; {@link Alternative#GREATER} is {@code sf(z)}, {@link Alternative#LESS} is
 * {@code cdf(z)}, {@link Alternative#TWO_SIDED} is {@code 2 sf(|z|)}. When the pooled proportion is
 * 0 or 1 both samples agree exactly and there is no variance: Vigil defines {@code z = 0}, {@code p
 * = 1} (statsmodels divides 0 by 0 there).
 */
public final class TwoProportionZTest {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private TwoProportionZTest() {}

  /**
   * @param successes1 successes in the first sample, in [0, trials1]
   * @param trials1 size of the first sample, positive
   * @param successes2 successes in the second sample, in [0, trials2]
   * @param trials2 size of the second sample, positive
   */
  public static SignificanceResult test(
      long successes1, long trials1, long successes2, long trials2, Alternative alternative) {
    Objects.requireNonNull(alternative, "alternative");
    requirePositive(trials1, "trials1");
    requirePositive(trials2, "trials2");
    TwoByTwoTable.requireSuccesses(successes1, trials1, "successes1");
    TwoByTwoTable.requireSuccesses(successes2, trials2, "successes2");
    double n1 = trials1;
    double n2 = trials2;
    double pooled = ((double) successes1 + successes2) / (n1 + n2);
    double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
    if (variance == 0.0) {
      return new SignificanceResult(SignificanceMethod.TWO_PROPORTION_Z, alternative, 0.0, 1.0);
    }
    double z = (successes1 / n1 - successes2 / n2) / Math.sqrt(variance);
    double p =
        switch (alternative) {
          case GREATER -> STANDARD_NORMAL.survivalProbability(z);
          case LESS -> STANDARD_NORMAL.cumulativeProbability(z);
          case TWO_SIDED -> Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
        };
    return new SignificanceResult(SignificanceMethod.TWO_PROPORTION_Z, alternative, z, p);
  }

  private static void requirePositive(long trials, String field) {
    if (trials <= 0) {
      throw new IllegalArgumentException(field + ": must be positive, got " + trials);
    }
  }
}
