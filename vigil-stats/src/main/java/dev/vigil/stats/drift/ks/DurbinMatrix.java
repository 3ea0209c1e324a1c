package dev.vigil.stats.drift.ks;

/**
 * Durbin's (1968) matrix formula for {@code P(D_n <= d)} as organised by Marsaglia, Tsang and Wang
 * (2003): the k-th diagonal entry of {@code H^n} times {@code n!/n^n}, with {@code d = (k - h)/n}.
 * Memory O(m^2) and time O(m^3 log n) for {@code m = 2k - 1}, so it suits small {@code n d}.
 */
final class DurbinMatrix {

  private static final int SCALE_EXPONENT = 128;
  private static final double BIG = Math.scalb(1.0, SCALE_EXPONENT);
  private static final double SMALL = Math.scalb(1.0, -SCALE_EXPONENT);

  private DurbinMatrix() {}

  static double cdf(int n, double d) {
    if (d >= 1.0) {
      return 1.0;
    }
    double nd = n * d;
    if (nd <= 0.5) {
      return 0.0;
    }
    int k = (int) Math.ceil(nd);
    double h = k - nd;
    int m = 2 * k - 1;
    double[][] matrix = initialMatrix(h, m);

    double[][] power = identity(m);
    long exponent = 0;
    long matrixExponent = 0;
    for (long remaining = n; remaining > 0; remaining /= 2) {
      if (remaining % 2 == 1) {
        power = multiply(power, matrix);
        exponent += matrixExponent;
      }
      matrix = multiply(matrix, matrix);
      matrixExponent *= 2;
      if (Math.abs(matrix[k - 1][k - 1]) > BIG) {
        scale(matrix, SMALL);
        matrixExponent += SCALE_EXPONENT;
      }
    }
    double p = power[k - 1][k - 1];
    for (int i = 1; i <= n; i++) {
      p = i * p / n;
      if (Math.abs(p) < SMALL) {
        p *= BIG;
        exponent -= SCALE_EXPONENT;
      }
    }
    if (exponent != 0) {
      p = Math.scalb(p, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, exponent)));
    }
    return Math.min(1.0, Math.max(0.0, p));
  }

  private static double[][] initialMatrix(double h, int m) {
    // v[j] = (1 - h^(j+1)) / (j+1)!  and  w[j] = 1/j!
    double[] v = new double[m];
    double[] w = new double[m];
    double factorial = 1.0;
    for (int j = 1; j <= m; j++) {
      w[j - 1] = factorial;
      factorial /= j;
      v[j - 1] = (1.0 - Math.pow(h, j)) * factorial;
    }
    double tt = Math.pow(Math.max(2 * h - 1.0, 0), m) - 2 * Math.pow(h, m);
    v[m - 1] = (1.0 + tt) * factorial;

    double[][] matrix = new double[m][m];
    for (int i = 1; i < m; i++) {
      for (int r = i - 1; r < m; r++) {
        matrix[r][i] = w[r - i + 1];
      }
    }
    for (int r = 0; r < m; r++) {
      matrix[r][0] = v[r];
    }
    for (int c = 0; c < m; c++) {
      matrix[m - 1][c] = v[m - 1 - c];
    }
    return matrix;
  }

  private static double[][] identity(int m) {
    double[][] id = new double[m][m];
    for (int i = 0; i < m; i++) {
      id[i][i] = 1.0;
    }
    return id;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int m = a.length;
    double[][] c = new double[m][m];
    for (int i = 0; i < m; i++) {
      double[] ci = c[i];
      for (int l = 0; l < m; l++) {
        double ail = a[i][l];
        if (ail == 0.0) {
          continue;
        }
        double[] bl = b[l];
        for (int j = 0; j < m; j++) {
          ci[j] += ail * bl[j];
        }
      }
    }
    return c;
  }

  private static void scale(double[][] matrix, double factor) {
    for (double[] row : matrix) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= factor;
      }
    }
  }
}
