package dev.vigil.stats.drift.ks;

import java.util.OptionalDouble;

/**
 * The exact null distribution of the two-sample two-sided Kolmogorov-Smirnov statistic, as {@code
 * scipy.stats.ks_2samp(method="exact")} computes it: the share of monotone lattice paths from (0,
 * 0) to (m, n) that touch the band {@code |x/m - y/n| >= h / lcm(m, n)} (Hodges 1958).
 */
public final class TwoSampleKsExact {

  private TwoSampleKsExact() {}

  /**
   * {@code P(D >= h / lcm(m, n))}, or empty when the computation leaves [0, 1] (then scipy falls
   * back to the asymptotic distribution).
   */
  public static OptionalDouble pValue(int m, int n, long h) {
    if (m <= 0 || n <= 0) {
      throw new IllegalArgumentException("sample sizes must be positive: " + m + ", " + n);
    }
    if (h == 0) {
      return OptionalDouble.of(1.0);
    }
    double p =
        m == n ? outsideSquare(n, (int) h) : outsideBand(m, n, (int) TwoSampleKsWalk.gcd(m, n), h);
    return p >= 0 && p <= 1 ? OptionalDouble.of(p) : OptionalDouble.empty();
  }

  /**
   * Equal sizes: {@code 2 (C(2n, n-h) - C(2n, n-2h) + ...) / C(2n, n)}, each ratio of binomials
   * built as a product of h factors and nested Horner-style to avoid cancellation.
   */
  private static double outsideSquare(int n, int h) {
    double p = 0.0;
    for (int k = n / h; k >= 0; k--) {
      double ratio = 1.0;
      for (int j = 0; j < h; j++) {
        ratio = (n - k * h - j) * ratio / (n + k * h + j + 1);
      }
      p = ratio * (1.0 - p);
    }
    return 2 * p;
  }

  /**
   * Unequal sizes: Viehmann's (2021) form of the inside method, which carries the share of paths
   * that already left the band (so 1 - p directly) column by column in a sliding window.
   */
  private static double outsideBand(int m0, int n0, int g, long h) {
    int m = Math.max(m0, n0);
    int n = Math.min(m0, n0);
    long mg = m / g;
    long ng = n / g;
    int minJ = 0;
    int maxJ = (int) Math.min(ceilDiv(h, mg), n + 1);
    int currentLength = maxJ - minJ;
    int length = Math.min(2 * maxJ + 2, n + 1);
    double[] a = new double[length];
    java.util.Arrays.fill(a, 1.0);
    java.util.Arrays.fill(a, minJ, maxJ, 0.0);
    for (int i = 1; i <= m; i++) {
      int lastMinJ = minJ;
      int lastLength = currentLength;
      minJ = (int) Math.min(Math.max(Math.floorDiv(ng * i - h, mg) + 1, 0), n);
      maxJ = (int) Math.min(ceilDiv(ng * i + h, mg), n + 1);
      if (maxJ <= minJ) {
        return 1.0;
      }
      double value = minJ == 0 ? 0.0 : 1.0;
      for (int jj = 0; jj < maxJ - minJ; jj++) {
        int j = jj + minJ;
        value = (a[jj + minJ - lastMinJ] * i + value * j) / (i + j);
        a[jj] = value;
      }
      currentLength = maxJ - minJ;
      if (lastLength > currentLength) {
        java.util.Arrays.fill(a, maxJ - minJ, maxJ - minJ + (lastLength - currentLength), 1.0);
      }
    }
    return a[maxJ - minJ - 1];
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
