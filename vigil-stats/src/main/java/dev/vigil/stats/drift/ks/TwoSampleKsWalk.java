package dev.vigil.stats.drift.ks;

import java.util.OptionalDouble;

/**
 * The two-sided two-sample Kolmogorov-Smirnov test as {@code scipy.stats.ks_2samp(method="auto")}
 * computes it, fed by a merge walk of the two sorted samples: after each distinct value the walk
 * reports how many values of each sample lie at or below it.
 *
 * <p>The largest gap is kept twice, because scipy uses two forms: as the integer {@code h = lcm(n1,
 * n2)·D}, so that the exact p-value (both samples at most {@link #EXACT_LIMIT}) sees D without
 * rounding, and as scipy's floating-point difference of fractions, which the asymptotic {@code
 * kstwo.sf(D, round(n1 n2 / (n1 + n2)))} uses for larger samples.
 */
public final class TwoSampleKsWalk {

  /** The largest sample size for which the exact p-value is attempted, as in scipy. */
  public static final int EXACT_LIMIT = 10_000;

  private final long n1;
  private final long n2;
  private final long n1g;
  private final long n2g;
  private long h;
  private double gap;

  /**
   * A walk over samples of these sizes.
   *
   * @throws IllegalArgumentException if a size is not positive
   */
  public TwoSampleKsWalk(long n1, long n2) {
    if (n1 <= 0 || n2 <= 0) {
      throw new IllegalArgumentException("sample sizes must be positive: " + n1 + ", " + n2);
    }
    this.n1 = n1;
    this.n2 = n2;
    long g = gcd(n1, n2);
    this.n1g = n1 / g;
    this.n2g = n2 / g;
  }

  /** Records the empirical CDFs at one distinct value: {@code below1} of n1 and below2 of n2. */
  public void step(long below1, long below2) {
    h = Math.max(h, Math.abs(below1 * n2g - below2 * n1g));
    gap = Math.max(gap, Math.abs((double) below1 / n1 - (double) below2 / n2));
  }

  /** D, as scipy returns it: {@code h / lcm(n1, n2)} in the exact case. */
  public double statistic() {
    return isExact() ? h * 1.0 / (double) (n1g * n2) : gap;
  }

  /**
   * The two-sided p-value: exact when both samples are small enough and the exact computation stays
   * in [0, 1], else asymptotic.
   */
  public double pValue() {
    if (isExact()) {
      OptionalDouble p = TwoSampleKsExact.pValue((int) n1, (int) n2, h);
      return p.isPresent() ? p.getAsDouble() : asymptoticPValue(n1, n2, statistic());
    }
    return asymptoticPValue(n1, n2, gap);
  }

  private boolean isExact() {
    return Math.max(n1, n2) <= EXACT_LIMIT;
  }

  /** {@code kstwo.sf(d, round(n1 n2 / (n1 + n2)))}, rounding half to even as numpy does. */
  public static double asymptoticPValue(long n1, long n2, double d) {
    double m = Math.max(n1, n2);
    double n = Math.min(n1, n2);
    long en = (long) Math.rint(m * n / (m + n));
    return KolmogorovDistribution.sf(Math.max(en, 1), d);
  }

  static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
