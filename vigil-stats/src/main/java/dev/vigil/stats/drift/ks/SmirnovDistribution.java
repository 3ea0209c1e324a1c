package dev.vigil.stats.drift.ks;

/**
 * Survival function of the one-sided Kolmogorov-Smirnov statistic {@code D_n^+} (scipy's {@code
 * smirnov(n, x)}), by the Smirnov / Birnbaum-Tingey sum of positive terms
 *
 * <pre>P(D_n^+ >= x) = x * sum_{v=0}^{floor(n(1-x))} C(n,v) (x + v/n)^(v-1) (1 - x - v/n)^(n-v)
 * </pre>
 *
 * <p>Each term is evaluated in logs, with {@code n x} and the bases {@code 1 - x - v/n} and {@code
 * x + v/n} carried to twice double precision so they lose no digits to cancellation; what remains
 * is about one ulp of each logarithm times its exponent.
 */
final class SmirnovDistribution {

  private static final double MIN_LOG = -7.08396418532264106224E2;
  private static final int MAX_COMPUTE_N = 1_000_000;
  private static final double EPSILON = Math.ulp(1.0);

  private SmirnovDistribution() {}

  static double sf(int n, double x) {
    if (n == 1) {
      return 1 - x;
    }
    if (x == 0.0) {
      return 1.0;
    }
    if (x == 1.0) {
      return 0.0;
    }
    // n * x = nxHi + nxLo exactly.
    double nxHi = n * x;
    double nxLo = Math.fma(n, x, -nxHi);
    double floorHi = Math.floor(nxHi);
    double alpha = (nxHi - floorHi) + nxLo;
    int nxFloor = (int) floorHi;
    if (alpha < 0) {
      nxFloor -= 1;
      alpha += 1;
    }
    if (alpha >= 1) {
      nxFloor += 1;
      alpha = 0;
    }
    if (nxFloor == 0 || (nxFloor == 1 && alpha == 0)) {
      return clip(1 - x * Math.pow(1 + x, n - 1));
    }
    if (-2 * n * x * x < MIN_LOG) {
      return 0.0;
    }
    if (nxFloor >= n - 1) {
      return clip(Math.pow(1 - x, n));
    }
    if (n > MAX_COMPUTE_N) {
      double logP = -Math.pow(6.0 * n * x + 1, 2) / 18.0 / n;
      return logP < -Math.log(2) ? Math.exp(logP) : 1 - (-Math.expm1(logP));
    }
    int lastV = n - nxFloor - (alpha == 0 ? 0 : 1);
    if (alpha == 0) {
      lastV -= 1;
    }
    int terms = lastV + 1;
    double sum = Math.pow(1 - x, n) / x; // the v = 0 term
    double compensation = 0;
    double logBinomial = 0; // log C(n, v), built up term by term
    for (int v = 1; v < terms; v++) {
      logBinomial += Math.log((double) (n - v + 1) / v);
      double term =
          Math.exp(
              logBinomial
                  + (n - v) * logOfDifference(n - v, nxHi, nxLo, n)
                  + (v - 1) * logOfSum(v, nxHi, nxLo, n));
      if (Double.isFinite(term) && term != 0.0) {
        double y = term - compensation;
        double next = sum + y;
        compensation = (next - sum) - y;
        sum = next;
      }
      if (term != 0.0) {
        if (4.0 * (terms - v) * term < EPSILON * sum && v != terms - 1) {
          break;
        }
      } else if (v > n / 2) {
        break;
      }
    }
    return clip(x * sum);
  }

  /** {@code log((a - n x) / n)} with {@code n x = hi + lo}. */
  private static double logOfDifference(int a, double hi, double lo, int n) {
    double s = a - hi;
    double error = twoSumError(a, -hi, s);
    return logOfQuotient(s, error - lo, n);
  }

  /** {@code log((v + n x) / n)} with {@code n x = hi + lo}. */
  private static double logOfSum(int v, double hi, double lo, int n) {
    double s = v + hi;
    double error = twoSumError(v, hi, s);
    return logOfQuotient(s, error + lo, n);
  }

  /**
   * {@code log((hi + lo) / n)}, dividing in twice double precision first: taking {@code log n}
   * apart would cost {@code n} ulps of {@code log n} once multiplied by the exponents.
   */
  private static double logOfQuotient(double hi, double lo, int n) {
    double value = hi + lo;
    double valueLo = (hi - value) + lo;
    double q = value / n;
    double qLo = (Math.fma(-q, n, value) + valueLo) / n;
    return Math.log(q) + qLo / q;
  }

  /** The rounding error of {@code s = a + b}. */
  private static double twoSumError(double a, double b, double s) {
    double bb = s - a;
    return (a - (s - bb)) + (b - bb);
  }

  private static double clip(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
