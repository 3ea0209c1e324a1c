package dev.vigil.stats.drift.ks;

/**
 * The two-sided one-sample Kolmogorov-Smirnov distribution of {@code D_n} (scipy's {@code kstwo}),
 * evaluated with the regimes of Simard and L'Ecuyer (2011) as scipy chooses them: Ruben-Gambino at
 * both edges, twice the one-sided Smirnov tail where the two tails cannot both be crossed or where
 * that is accurate enough, the Durbin matrix (Marsaglia-Tsang-Wang) and Pomeranz recursions for
 * small {@code n x^2}, and the Pelz-Good expansion for large {@code n}.
 */
public final class KolmogorovDistribution {

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private static final double LOG_2PI = Math.log(2 * Math.PI);
  private static final int MIN_LOG = -708;
  private static final double PI2 = Math.PI * Math.PI;
  private static final double PI4 = PI2 * PI2;
  private static final double PI6 = PI4 * PI2;
  // B_{2j} / (2j (2j - 1)) for j = 8 .. 1, highest power first.
  private static final double[] STIRLING = {
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
    8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
    -2.7777777777777777778e-3, 8.3333333333333333333e-2
  };

  private KolmogorovDistribution() {}

  /** Survival function {@code P(D_n >= x)}, as {@code scipy.stats.kstwo.sf(x, n)}. */
  public static double sf(long n, double x) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    if (x >= 1.0) {
      return 0.0;
    }
    if (x <= 0.0) {
      return 1.0;
    }
    double t = n * x;
    if (t <= 1.0) {
      return clip(1.0 - rubenGambinoLowCdf(n, t));
    }
    if (t >= n - 1) {
      return clip(2 * Math.pow(1.0 - x, n));
    }
    if (x >= 0.5) {
      return clip(2 * SmirnovDistribution.sf(checkedInt(n), x));
    }
    double nxSquared = t * x;
    if (n <= 140) {
      if (nxSquared <= 0.754693) {
        return clip(1.0 - DurbinMatrix.cdf((int) n, x));
      }
      if (nxSquared <= 4) {
        return clip(1.0 - PomeranzRecursion.cdf((int) n, x));
      }
      return clip(2 * SmirnovDistribution.sf((int) n, x));
    }
    if (nxSquared >= 370.0) {
      return 0.0;
    }
    if (nxSquared >= 2.2) {
      return clip(2 * SmirnovDistribution.sf(checkedInt(n), x));
    }
    double cdf;
    if (n <= 100000 && n * Math.pow(x, 1.5) <= 1.4) {
      cdf = DurbinMatrix.cdf((int) n, x);
    } else {
      cdf = pelzGoodCdf(n, x);
    }
    return clip(1.0 - cdf);
  }

  private static int checkedInt(long n) {
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("n too large: " + n);
    }
    return (int) n;
  }

  /** {@code n!/n^n (2t - 1)^n}, the exact CDF for {@code 1/(2n) < x <= 1/n}. */
  private static double rubenGambinoLowCdf(long n, double t) {
    if (t <= 0.5) {
      return 0.0;
    }
    if (n <= 140) {
      double factor = 2 * t - 1;
      double prob = 1.0;
      double invN = 1.0 / n;
      for (int i = 1; i <= n; i++) {
        prob *= i * invN * factor;
      }
      return prob;
    }
    return Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
  }

  /** {@code log(n!/n^n)} by Stirling's series with {@code n log n} removed up front. */
  static double logFactorialOverPower(long n) {
    double rn = 1.0 / n;
    double u = rn / n;
    double poly = 0;
    for (double c : STIRLING) {
      poly = poly * u + c;
    }
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
  }

  /** Pelz-Good (1976) expansion of {@code P(D_n <= x)}, accurate for large n and small x. */
  static double pelzGoodCdf(long n, double x) {
    double z = Math.sqrt(n) * x;
    double z2 = z * z;
    double z3 = z2 * z;
    double z4 = z2 * z2;
    double z6 = z4 * z2;
    double qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG) {
      return 0.0;
    }
    double q = Math.exp(qlog);
    double k1a = -z2;
    double k1b = PI2 / 4;
    double k2a = 6 * z6 + 2 * z4;
    double k2b = (2 * z4 - 5 * z2) * PI2 / 4;
    double k2c = PI4 * (1 - 2 * z2) / 16;
    double k3d = PI6 * (5 - 30 * z2) / 64;
    double k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
    double k3b = PI2 * (135 * z4 - 96 * z6) / 4;
    double k3a = -30 * z6 - 90 * Math.pow(z, 8);
    double[] k = new double[4];
    int maxK = (int) Math.ceil(16 * z / Math.PI);
    // Horner scheme over q^(m^2) with m = 2k - 1 odd.
    for (int j = maxK; j > 0; j--) {
      double m = 2.0 * j - 1;
      double m2 = m * m;
      double m4 = m2 * m2;
      double m6 = m4 * m2;
      double qPower = Math.pow(q, 8.0 * j);
      k[0] = k[0] * qPower + 1.0;
      k[1] = k[1] * qPower + (k1a + k1b * m2);
      k[2] = k[2] * qPower + (k2a + k2b * m2 + k2c * m4);
      k[3] = k[3] * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
    }
    double[] divisors = {z, 6 * z4, 72 * Math.pow(z, 7), 6480 * Math.pow(z, 10)};
    for (int i = 0; i < 4; i++) {
      k[i] = k[i] * q * SQRT_2PI / divisors[i];
    }
    double q2 = Math.exp(-PI2 / 2 / z2);
    double sqrt3z = Math.sqrt(3) * z;
    double k2extra = 0;
    double k3extra = 0;
    for (int j = maxK; j > 0; j--) {
      double j2 = (double) j * j;
      double qp = Math.pow(q2, j2);
      double jpi = Math.PI * j;
      k2extra += j2 * qp;
      k3extra += (sqrt3z + jpi) * (sqrt3z - jpi) * j2 * qp;
    }
    k[2] += k2extra * PI2 * SQRT_2PI / (-36 * z3);
    k[3] += k3extra * PI2 * SQRT_2PI / (216 * z6);
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += k[i] / Math.pow(n, i / 2.0);
    }
    return sum;
  }

  private static double clip(double p) {
    return Math.min(1.0, Math.max(0.0, p));
  }
}
