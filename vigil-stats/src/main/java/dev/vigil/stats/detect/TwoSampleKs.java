package dev.vigil.stats.detect;

import dev.vigil.stats.drift.ks.KolmogorovDistribution;
import dev.vigil.stats.drift.ks.TwoSampleKsExact;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The two-sided two-sample Kolmogorov-Smirnov test as {@code scipy.stats.ks_2samp(method="auto")}
 * computes it, on small in-memory samples: the exact p-value of {@link TwoSampleKsExact} while both
 * samples have at most 10,000 values (and the exact computation succeeds), else scipy's asymptotic
 * {@code kstwo.sf(D, round(n1 n2 / (n1 + n2)))}.
 *
 * @param statistic D, as scipy returns it ({@code h / lcm(n1, n2)} in the exact case)
 * @param pValue the two-sided p-value
 */
record TwoSampleKs(double statistic, double pValue) {

  private static final int EXACT_LIMIT = 10_000;

  /** Tests two non-empty samples; the arrays are not modified. */
  static TwoSampleKs test(double[] first, double[] second) {
    double[] a = first.clone();
    double[] b = second.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    int n1 = a.length;
    int n2 = b.length;
    long g = gcd(n1, n2);
    long n1g = n1 / g;
    long n2g = n2 / g;
    long h = 0;
    double gap = 0;
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
      h = Math.max(h, Math.abs(i * n2g - j * n1g));
      gap = Math.max(gap, Math.abs((double) i / n1 - (double) j / n2));
    }
    if (Math.max(n1, n2) <= EXACT_LIMIT) {
      double d = h * 1.0 / (double) (n1g * n2);
      OptionalDouble p = TwoSampleKsExact.pValue(n1, n2, h);
      return new TwoSampleKs(d, p.isPresent() ? p.getAsDouble() : asymptotic(n1, n2, d));
    }
    return new TwoSampleKs(gap, asymptotic(n1, n2, gap));
  }

  private static double asymptotic(double n1, double n2, double d) {
    long en = (long) Math.rint(n1 * n2 / (n1 + n2));
    return KolmogorovDistribution.sf(Math.max(en, 1), d);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
