package dev.vigil.stats.detect;

import dev.vigil.stats.drift.ks.TwoSampleKsWalk;
import java.util.Arrays;

/**
 * The two-sided two-sample Kolmogorov-Smirnov test of two small in-memory samples, as {@code
 * scipy.stats.ks_2samp(method="auto")} computes it (see {@link TwoSampleKsWalk}).
 *
 * @param statistic D, as scipy returns it
 * @param pValue the two-sided p-value
 */
record TwoSampleKs(double statistic, double pValue) {

  /** Tests two non-empty samples; the arrays are not modified. */
  static TwoSampleKs test(double[] first, double[] second) {
    double[] a = first.clone();
    double[] b = second.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    int n1 = a.length;
    int n2 = b.length;
    TwoSampleKsWalk walk = new TwoSampleKsWalk(n1, n2);
    int i = 0;
    int j = 0;
    while (i < n1 || j < n2) {
      double x = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
      while (i < n1 && a[i] <= x) {
        i++;
      }
      while (j < n2 && b[j] <= x) {
        j++;
      }
      walk.step(i, j);
    }
    return new TwoSampleKs(walk.statistic(), walk.pValue());
  }
}
