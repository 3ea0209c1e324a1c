package dev.vigil.stats.drift;

import dev.vigil.stats.drift.ks.KolmogorovDistribution;
import dev.vigil.stats.drift.ks.TwoSampleKsExact;
import dev.vigil.stats.summary.NumericDistribution;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Two-sample two-sided Kolmogorov-Smirnov test, as {@code scipy.stats.ks_2samp(method="auto")}:
 * exact p-value while both samples have at most {@link #EXACT_LIMIT} values, else {@code
 * kstwo.sf(D, round(n1 n2 / (n1 + n2)))}. From exact inputs D comes from one merge walk of the two
 * distinct-value sequences; from sketches it is the largest CDF gap on {@link EvaluationPoints}.
 */
final class KolmogorovSmirnovTest {

  static final int EXACT_LIMIT = 10000;

  private KolmogorovSmirnovTest() {}

  static DriftResult test(NumericDistribution r, NumericDistribution c, double threshold) {
    Optional<ExactNumeric> er = ExactNumeric.of(r);
    Optional<ExactNumeric> ec = ExactNumeric.of(c);
    if (er.isPresent() && ec.isPresent()) {
      return exact(er.get(), ec.get(), threshold);
    }
    EvaluationPoints points = EvaluationPoints.of(r, c);
    double d = 0;
    for (double x : points.points()) {
      d = Math.max(d, Math.abs(r.cdf(x) - c.cdf(x)));
    }
    double p = asymptoticPValue(r.count(), c.count(), d);
    double bound = r.rankError() + c.rankError() + points.discretisationError();
    return DriftResult.of(DriftMethod.KS, d, p, threshold, false, bound);
  }

  static DriftResult exact(ExactNumeric r, ExactNumeric c, double threshold) {
    long n1 = r.count();
    long n2 = c.count();
    long g = gcd(n1, n2);
    long n1g = n1 / g;
    long n2g = n2 / g;
    // The largest gap both as scipy's floating-point difference of fractions (asymptotic case)
    // and as the integer h = lcm * D (exact case).
    double maxGap = 0;
    long h = 0;
    ExactNumeric.Cursor a = r.cursor();
    ExactNumeric.Cursor b = c.cursor();
    while (a.hasNext() || b.hasNext()) {
      double x = !b.hasNext() || (a.hasNext() && a.peek() <= b.peek()) ? a.peek() : b.peek();
      a.advanceThrough(x);
      b.advanceThrough(x);
      maxGap = Math.max(maxGap, Math.abs((double) a.counted() / n1 - (double) b.counted() / n2));
      h = Math.max(h, Math.abs(a.counted() * n2g - b.counted() * n1g));
    }
    if (Math.max(n1, n2) <= EXACT_LIMIT) {
      double lcm = (double) (n1g * n2);
      double d = h * 1.0 / lcm;
      OptionalDouble p = TwoSampleKsExact.pValue((int) n1, (int) n2, h);
      double pValue = p.isPresent() ? p.getAsDouble() : asymptoticPValue(n1, n2, d);
      return DriftResult.of(DriftMethod.KS, d, pValue, threshold, true, 0.0);
    }
    return DriftResult.of(
        DriftMethod.KS, maxGap, asymptoticPValue(n1, n2, maxGap), threshold, true, 0.0);
  }

  /** {@code kstwo.sf(d, round(n1 n2 / (n1 + n2)))}, rounding half to even as numpy does. */
  static double asymptoticPValue(long n1, long n2, double d) {
    double m = Math.max(n1, n2);
    double n = Math.min(n1, n2);
    long en = (long) Math.rint(m * n / (m + n));
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
