package dev.vigil.stats.significance;

import java.util.Objects;

/**
 * The outcome of one significance test.
 *
 * @param method the test
 * @param alternative the alternative hypothesis tested
 * @param statistic z, the odds ratio (may be NaN or infinite) or the observed proportion, as {@link
 *     SignificanceMethod} says
 * @param pValue in [0, 1]
 */
public record SignificanceResult(
    SignificanceMethod method, Alternative alternative, double statistic, double pValue) {

  public SignificanceResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(alternative, "alternative");
    if (!(pValue >= 0.0 && pValue <= 1.0)) {
      throw new IllegalArgumentException("pValue: must be in [0, 1], got " + pValue);
    }
  }

  /** Whether the p-value is below the significance level {@code alpha}. */
  public boolean significantAt(double alpha) {
    return pValue < alpha;
  }
}
