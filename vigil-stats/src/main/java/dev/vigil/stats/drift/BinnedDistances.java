package dev.vigil.stats.drift;

import dev.vigil.stats.sum.RunningSum;

/**
 * The distances Vigil computes on paired bins: Kullback-Leibler, Jensen-Shannon, Hellinger,
 * L-infinity and the Population Stability Index, as docs/STATISTICS.md §2 defines them.
 */
final class BinnedDistances {

  private static final double PSI_FLOOR = 0.0001;
  private static final double KL_FILL = 0.0001;

  private BinnedDistances() {}

  static DriftResult result(DriftMethod method, BinnedCounts bins, double threshold) {
    double[] r = bins.referenceProportions();
    double[] c = bins.currentProportions();
    double value =
        switch (method) {
          case KL_DIV -> klDivergence(r, c);
          case JENSEN_SHANNON -> jensenShannon(r, c);
          case HELLINGER -> hellinger(r, c);
          case LINF -> lInfinity(r, c);
          case PSI -> psi(r, c);
          default -> throw new IllegalArgumentException(method.id() + " is not a binned distance");
        };
    return DriftResult.of(method, value, Double.NaN, threshold, bins.exact(), bins.errorBound());
  }

  /** {@code scipy.stats.entropy(r, c)} after Evidently's zero filling. */
  static double klDivergence(double[] r, double[] c) {
    double[] p = normalise(fillZeros(r));
    double[] q = normalise(fillZeros(c));
    RunningSum sum = new RunningSum();
    for (int i = 0; i < p.length; i++) {
      sum.add(relativeEntropy(p[i], q[i]));
    }
    return sum.value();
  }

  /** {@code scipy.spatial.distance.jensenshannon(r, c)}, natural logs. */
  static double jensenShannon(double[] r, double[] c) {
    double[] p = normalise(r);
    double[] q = normalise(c);
    RunningSum left = new RunningSum();
    RunningSum right = new RunningSum();
    for (int i = 0; i < p.length; i++) {
      double m = (p[i] + q[i]) / 2.0;
      left.add(relativeEntropy(p[i], m));
      right.add(relativeEntropy(q[i], m));
    }
    return Math.sqrt(Math.max(0.0, (left.value() + right.value()) / 2.0));
  }

  static double hellinger(double[] r, double[] c) {
    RunningSum sum = new RunningSum();
    for (int i = 0; i < r.length; i++) {
      double d = Math.sqrt(r[i]) - Math.sqrt(c[i]);
      sum.add(d * d);
    }
    return Math.sqrt(sum.value() / 2);
  }

  static double lInfinity(double[] r, double[] c) {
    double max = 0;
    for (int i = 0; i < r.length; i++) {
      max = Math.max(max, Math.abs(r[i] - c[i]));
    }
    return max;
  }

  /** Σ (c_i − r_i) ln(c_i / r_i) with zero proportions replaced by 0.0001. */
  static double psi(double[] r, double[] c) {
    RunningSum sum = new RunningSum();
    for (int i = 0; i < r.length; i++) {
      double ri = r[i] == 0 ? PSI_FLOOR : r[i];
      double ci = c[i] == 0 ? PSI_FLOOR : c[i];
      sum.add((ri - ci) * Math.log(ri / ci));
    }
    return sum.value();
  }

  /** {@code scipy.special.rel_entr}: x ln(x/y), 0 at x = 0, +inf when only y is 0. */
  private static double relativeEntropy(double x, double y) {
    if (x > 0 && y > 0) {
      return x * Math.log(x / y);
    }
    return x == 0 && y >= 0 ? 0.0 : Double.POSITIVE_INFINITY;
  }

  /**
   * Evidently: zeros become m/1e6 when the smallest non-zero proportion m is <= 1e-4, else 1e-4.
   */
  private static double[] fillZeros(double[] p) {
    double smallest = Double.POSITIVE_INFINITY;
    for (double v : p) {
      if (v != 0) {
        smallest = Math.min(smallest, v);
      }
    }
    double fill = smallest <= KL_FILL ? smallest / 1e6 : KL_FILL;
    double[] filled = p.clone();
    for (int i = 0; i < filled.length; i++) {
      if (filled[i] == 0) {
        filled[i] = fill;
      }
    }
    return filled;
  }

  private static double[] normalise(double[] p) {
    RunningSum sum = new RunningSum();
    for (double v : p) {
      sum.add(v);
    }
    double total = sum.value();
    double[] normalised = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      normalised[i] = p[i] / total;
    }
    return normalised;
  }
}
