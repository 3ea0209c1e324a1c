package dev.vigil.stats.detect;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Two-sided tests of two windows of values: Welch's unequal-variance t-test for a shift in the mean
 * ({@code scipy.stats.ttest_ind(equal_var=False)}) and the Brown-Forsythe test for a change in
 * spread ({@code scipy.stats.levene(center="median")}: a one-way ANOVA F on absolute deviations
 * from each window's median). Windows without spread decide by equality: p is 1 when the compared
 * quantities are equal and 0 when they differ.
 *
 * @param meanPValue p-value of Welch's t-test
 * @param variancePValue p-value of the Brown-Forsythe test
 */
public record WindowComparison(double meanPValue, double variancePValue) {

  /** Compares two windows of at least two finite values each. */
  public static WindowComparison of(double[] reference, double[] current) {
    if (reference.length < 2 || current.length < 2) {
      throw new IllegalArgumentException("windows: need at least 2 values each");
    }
    return new WindowComparison(welch(reference, current), brownForsythe(reference, current));
  }

  static double welch(double[] a, double[] b) {
    double ma = mean(a);
    double mb = mean(b);
    double va = squaredDeviations(a, ma) / (a.length - 1) / a.length;
    double vb = squaredDeviations(b, mb) / (b.length - 1) / b.length;
    double se2 = va + vb;
    if (se2 == 0) {
      return ma == mb ? 1.0 : 0.0;
    }
    double t = (ma - mb) / Math.sqrt(se2);
    double df = se2 * se2 / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
    return Math.min(1.0, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
  }

  static double brownForsythe(double[] a, double[] b) {
    double[] za = deviationsFromMedian(a);
    double[] zb = deviationsFromMedian(b);
    double ma = mean(za);
    double mb = mean(zb);
    double n = za.length + zb.length;
    double grand = (ma * za.length + mb * zb.length) / n;
    double between =
        za.length * (ma - grand) * (ma - grand) + zb.length * (mb - grand) * (mb - grand);
    double within = squaredDeviations(za, ma) + squaredDeviations(zb, mb);
    if (within == 0) {
      return between == 0 ? 1.0 : 0.0;
    }
    double f = (n - 2) * between / within;
    return FDistribution.of(1, n - 2).survivalProbability(f);
  }

  private static double[] deviationsFromMedian(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    int h = sorted.length / 2;
    double median = sorted.length % 2 == 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = Math.abs(x[i] - median);
    }
    return z;
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  private static double squaredDeviations(double[] x, double mean) {
    double sum = 0;
    for (double v : x) {
      sum += (v - mean) * (v - mean);
    }
    return sum;
  }
}
