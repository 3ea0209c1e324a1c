package dev.vigil.app.monitor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the degradation rules (docs/DEGRADATION.md) must decide on periods whose accuracy {@code
 * vigil degrade} manufactured, computed here from the schedule alone and written independently of
 * the code under test: period {@code i} of {@code n} rows has exactly {@code round(target_i · n)}
 * correct rows, target_i = start − i·drop; the baseline is period 0. A period flags when
 *
 * <ul>
 *   <li>its accuracy is below the threshold and the exact binomial P(X <= x), X ~ Bin(n, 0.85), is
 *       below α/k; or
 *   <li>its drop from the previous period, or from the baseline, is at least 0.05 and the pooled
 *       one-sided two-proportion z-test's p-value is below α/k;
 * </ul>
 *
 * with k the number of tests made (1 + previous + baseline). Since every period here has 250 rows
 * and accuracies in [0.5, 0.96], the smallest expected cell count exceeds 5, so the z-test (not
 * Fisher's) is the one the rules pick; {@link #verdicts} checks that assumption.
 */
final class ExpectedVerdicts {

  static final double THRESHOLD = 0.85;
  static final double DROP = 0.05;
  static final double ALPHA = 0.05;

  /** The rules that flag one period, by the names of monitoring_results.json. */
  record Verdict(int period, double accuracy, Set<String> flags) {}

  private ExpectedVerdicts() {}

  static List<Verdict> verdicts(double start, double drop, int batch, int rows) {
    int periods = (rows + batch - 1) / batch;
    long[] correct = new long[periods];
    long[] size = new long[periods];
    for (int i = 0; i < periods; i++) {
      size[i] = Math.min(rows, (long) (i + 1) * batch) - (long) i * batch;
      double target = Math.min(1.0, Math.max(0.0, start - i * drop));
      // Half up, on the decimal value (0.89 · 250 = 222.5 gives 223, as DEGRADE.md says).
      correct[i] =
          BigDecimal.valueOf(target * size[i])
              .setScale(9, RoundingMode.HALF_EVEN)
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact();
    }
    List<Verdict> out = new ArrayList<>();
    for (int i = 0; i < periods; i++) {
      int tests = 1 + (i > 0 ? 2 : 0); // previous and baseline (period 0) from period 1 on
      double level = ALPHA / tests;
      double v = (double) correct[i] / size[i];
      Set<String> flags = new LinkedHashSet<>();
      if (v < THRESHOLD && binomialCdf(correct[i], size[i], THRESHOLD) < level) {
        flags.add("below_threshold");
      }
      if (i > 0 && drops(correct[i - 1], size[i - 1], correct[i], size[i], level)) {
        flags.add("drop_vs_previous");
      }
      if (i > 0 && drops(correct[0], size[0], correct[i], size[i], level)) {
        flags.add("drop_vs_baseline");
      }
      out.add(new Verdict(i, v, flags));
    }
    return out;
  }

  /** The first period some rule flags, -1 when none. */
  static int firstDegraded(List<Verdict> verdicts) {
    return verdicts.stream()
        .filter(v -> !v.flags().isEmpty())
        .mapToInt(Verdict::period)
        .findFirst()
        .orElse(-1);
  }

  private static boolean drops(long x1, long n1, long x2, long n2, double level) {
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    if (p1 - p2 < DROP - 1e-12) {
      return false;
    }
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double minExpected =
        Math.min(pooled, 1 - pooled) * Math.min(n1, n2); // min row · min column / total
    if (minExpected < 5) {
      throw new IllegalStateException("Fisher's test would apply; the scenario assumes z");
    }
    double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return upperTail(z) < level;
  }

  /** P(X <= x) for X ~ Binomial(n, p), summing the terms up from 0 in ratio form. */
  static double binomialCdf(long x, long n, double p) {
    double term = Math.pow(1 - p, n);
    double sum = term;
    for (long k = 0; k < x; k++) {
      term *= (double) (n - k) / (k + 1) * p / (1 - p);
      sum += term;
    }
    return Math.min(1.0, sum);
  }

  /** P(Z > z) for a standard normal: erfc(z / √2) / 2 (Numerical Recipes' erfc, error < 1.2e-7). */
  static double upperTail(double z) {
    double x = z / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * Math.abs(x));
    double y =
        t
            * Math.exp(
                -x * x
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    double erfc = x >= 0 ? y : 2 - y;
    return erfc / 2;
  }
}
