package dev.vigil.stats.drift;

import dev.vigil.stats.sum.RunningSum;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Evidently's chi-squared goodness of fit: observed = current counts, expected = reference counts
 * scaled to the current size, k - 1 degrees of freedom ({@code scipy.stats.chisquare}). A category
 * new in the current data makes the statistic +inf and p = 0. With a single category there is
 * nothing to test: statistic 0 and p = 1 (scipy answers NaN).
 */
final class ChiSquareTest {

  private ChiSquareTest() {}

  static DriftResult test(BinnedCounts bins, double threshold) {
    double scale = (double) bins.currentTotal() / bins.referenceTotal();
    RunningSum sum = new RunningSum();
    int categories = 0;
    for (int i = 0; i < bins.bins(); i++) {
      double observed = bins.current()[i];
      double expected = bins.reference()[i] * scale;
      if (observed == 0 && expected == 0) {
        continue; // an empty "other" bin is no category
      }
      categories++;
      double diff = observed - expected;
      sum.add(expected == 0 ? Double.POSITIVE_INFINITY : diff * diff / expected);
    }
    double statistic = sum.value();
    double p;
    if (Double.isInfinite(statistic)) {
      p = 0.0;
    } else if (categories <= 1) {
      p = 1.0;
    } else {
      p = ChiSquaredDistribution.of(categories - 1).survivalProbability(statistic);
    }
    return DriftResult.of(
        DriftMethod.CHI_SQUARE, statistic, p, threshold, bins.exact(), bins.errorBound());
  }
}
