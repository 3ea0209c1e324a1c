package dev.vigil.stats.significance;

import java.util.Objects;

/**
 * Fisher's exact test on a 2x2 table, as scipy's {@code fisher_exact}: the top-left cell is
 * hypergeometric given the margins; {@link Alternative#LESS} is {@code P(X <= a)}, {@link
 * Alternative#GREATER} is {@code P(X >= a)}, and the two-sided p-value sums the probabilities of
 * all tables no more likely than the observed one. The statistic is the sample odds ratio {@code ad
 * / bc} (infinite when {@code bc = 0}). A table with an empty row or column has odds ratio NaN and
 * p-value 1. Tables whose total exceeds {@link Integer#MAX_VALUE} are rejected.
 */
public final class FisherExactTest {

  /**
   * Tables within this relative distance of the observed probability count as equally likely, so
   * that rounding does not drop a mirror-image table (R uses the same tolerance; scipy 1e-14).
   */
  static final double RELATIVE_TIE = 1e-7;

  private FisherExactTest() {}

  public static SignificanceResult test(TwoByTwoTable table, Alternative alternative) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(alternative, "alternative");
    if (table.hasEmptyMargin()) {
      return new SignificanceResult(SignificanceMethod.FISHER_EXACT, alternative, Double.NaN, 1.0);
    }
    Hypergeometric h =
        new Hypergeometric(table.total(), table.a() + table.b(), table.a() + table.c());
    int x = (int) table.a();
    double p =
        switch (alternative) {
          case LESS -> h.cumulative(x);
          case GREATER -> h.survival(x);
          case TWO_SIDED -> twoSided(h, x);
        };
    return new SignificanceResult(
        SignificanceMethod.FISHER_EXACT, alternative, oddsRatio(table), Math.min(1.0, p));
  }

  private static double oddsRatio(TwoByTwoTable t) {
    if (t.b() == 0 || t.c() == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return ((double) t.a() * t.d()) / ((double) t.b() * t.c());
  }

  private static double twoSided(Hypergeometric h, int x) {
    double observed = h.probability(x);
    double atMode = h.probability(h.mode());
    double bound = observed * (1 + RELATIVE_TIE);
    if (Math.abs(observed - atMode) <= RELATIVE_TIE * Math.max(observed, atMode)) {
      return 1.0;
    }
    if (x < h.mode()) {
      int first = firstAtMostAbove(h, bound);
      return h.cumulative(x) + (first > h.upper() ? 0.0 : h.survival(first));
    }
    int last = lastAtMostBelow(h, bound);
    return h.survival(x) + (last < h.lower() ? 0.0 : h.cumulative(last));
  }

  /** The smallest {@code y > mode} with {@code P(y) <= bound}, or {@code upper + 1}. */
  private static int firstAtMostAbove(Hypergeometric h, double bound) {
    int lo = h.mode() + 1;
    int hi = h.upper() + 1;
    while (lo < hi) { // P decreases on (mode, upper]
      int mid = (int) (((long) lo + hi) >>> 1);
      if (h.probability(mid) <= bound) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The largest {@code y < mode} with {@code P(y) <= bound}, or {@code lower - 1}. */
  private static int lastAtMostBelow(Hypergeometric h, double bound) {
    int lo = h.lower() - 1;
    int hi = h.mode() - 1;
    while (lo < hi) { // P increases on [lower, mode)
      int mid = (int) (((long) lo + hi + 1) >>> 1);
      if (h.probability(mid) <= bound) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
