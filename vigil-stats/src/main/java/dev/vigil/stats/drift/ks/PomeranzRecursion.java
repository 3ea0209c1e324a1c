package dev.vigil.stats.drift.ks;

/**
 * Pomeranz's (1974) recursion for {@code P(D_n <= x)}: 2n + 1 rows, each the convolution of the
 * previous row's few non-zero entries with truncated Poisson weights, scaled against underflow.
 */
final class PomeranzRecursion {

  private static final int SCALE_EXPONENT = 128;
  private static final double BIG = Math.scalb(1.0, SCALE_EXPONENT);
  private static final double SMALL = Math.scalb(1.0, -SCALE_EXPONENT);

  private PomeranzRecursion() {}

  static double cdf(int n, double x) {
    double t = n * x;
    int ll = (int) Math.floor(t);
    double f = t - ll;
    double g = Math.min(f, 1.0 - f);
    int ceilF = f > 0 ? 1 : 0;
    int roundF = f > 0.5 ? 1 : 0;
    int powers = 2 * (ll + 1);
    // (g/n)^m/m!, (2g/n)^m/m!, ((1-2g)/n)^m/m!: Poisson weights without their normalisation.
    double[] gPower = new double[powers];
    double[] twoGPower = new double[powers];
    double[] oneMinusTwoGPower = new double[powers];
    gPower[0] = 1.0;
    twoGPower[0] = 1.0;
    oneMinusTwoGPower[0] = 1.0;
    double gOverN = g / n;
    double twoGOverN = 2 * g / n;
    double oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (int m = 1; m < powers; m++) {
      gPower[m] = gPower[m - 1] * gOverN / m;
      twoGPower[m] = twoGPower[m - 1] * twoGOverN / m;
      oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / m;
    }

    double[] previous = new double[powers];
    double[] current = new double[powers];
    current[0] = 1;
    int previousStart = 0;
    int currentStart = 0;
    long exponent = 0;
    int[] bounds = bounds(0, n, ll, ceilF, roundF);
    for (int i = 1; i < 2 * n + 2; i++) {
      int k1 = bounds[0];
      double[] swap = previous;
      previous = current;
      current = swap;
      int swapStart = previousStart;
      previousStart = currentStart;
      currentStart = swapStart;
      java.util.Arrays.fill(current, 0.0);
      bounds = bounds(i, n, ll, ceilF, roundF);
      int j1 = bounds[0];
      int j2 = bounds[1];
      double[] weights =
          (i == 1 || i == 2 * n + 1) ? gPower : (i % 2 == 1 ? twoGPower : oneMinusTwoGPower);
      int length = j2 - k1 + 1;
      if (length > 0) {
        int offset = k1 - previousStart;
        for (int out = 0; out < j2 - j1 + 1; out++) {
          int c = j1 - k1 + out; // index into the full convolution
          double sum = 0.0;
          for (int a = Math.max(0, c - length + 1); a <= Math.min(c, length - 1); a++) {
            sum += at(previous, offset + a) * at(weights, c - a);
          }
          current[out] = sum;
        }
        double max = 0;
        for (double value : current) {
          max = Math.max(max, value);
        }
        if (max > 0 && max < SMALL) {
          for (int j = 0; j < current.length; j++) {
            current[j] *= BIG;
          }
          exponent -= SCALE_EXPONENT;
        }
        currentStart = previousStart + j1 - k1;
      }
    }
    double answer = current[n - currentStart];
    for (int m = 1; m <= n; m++) {
      if (Math.abs(answer) > BIG) {
        answer *= SMALL;
        exponent += SCALE_EXPONENT;
      }
      answer *= m;
    }
    if (exponent != 0) {
      answer = Math.scalb(answer, (int) exponent);
    }
    return Math.min(1.0, Math.max(0.0, answer));
  }

  private static double at(double[] array, int index) {
    return index >= 0 && index < array.length ? array[index] : 0.0;
  }

  /** First and last index of the non-zero entries of row i. */
  private static int[] bounds(int i, int n, int ll, int ceilF, int roundF) {
    int j1;
    int j2;
    if (i == 0) {
      j1 = -ll - ceilF - 1;
      j2 = ll + ceilF - 1;
    } else {
      int half = (i + 1) / 2;
      if ((i + 1) % 2 == 0) {
        if (half == n + 1) {
          j1 = n - ll - ceilF - 1;
          j2 = n + ll + ceilF - 1;
        } else {
          j1 = half - 1 - ll - roundF - 1;
          j2 = half + ll - 1 + ceilF - 1;
        }
      } else {
        j1 = half - 1 - ll - 1;
        j2 = half + ll + roundF - 1;
      }
    }
    return new int[] {Math.max(j1 + 2, 0), Math.min(j2, n)};
  }
}
