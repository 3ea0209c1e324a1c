package dev.vigil.stats.estimate;

/**
 * ROC AUC estimated from calibrated probabilities, as NannyML's {@code estimate_roc_auc}: rows in
 * descending order of probability each add {@code p} expected positives and {@code 1 − p} expected
 * negatives; the curve of cumulative expected true and false positives (each rounded to 5 decimals,
 * as NannyML does), scaled by their totals, is integrated by the trapezoidal rule.
 *
 * <p>From bins the rows of one bin are one step of the curve; the true curve inside the bin is
 * monotone between the same end points, so it differs from the chord by at most the rectangle
 * {@code tp_b · fp_b}, half of it on either side: {@code bound = ½ Σ tp_b·fp_b / (TP·FP)}.
 *
 * @param value the estimate; NaN when the expected positives or negatives are zero
 * @param bound the most the exact estimate can differ from {@code value}: 0 when exact
 */
record EstimatedRocAuc(double value, double bound) {

  private static final double ROUNDING = 1e5;

  static EstimatedRocAuc ofDescending(double[] probabilities) {
    int n = probabilities.length;
    double[] tps = new double[n + 1];
    double[] fps = new double[n + 1];
    double cumulative = 0;
    for (int i = 0; i < n; i++) {
      cumulative += probabilities[i];
      tps[i + 1] = round5(cumulative);
      fps[i + 1] = round5(1 + i - cumulative);
    }
    double area = 0;
    for (int i = 1; i <= n; i++) {
      double dx = fps[i] / fps[n] - fps[i - 1] / fps[n];
      area += dx * (tps[i] / tps[n] + tps[i - 1] / tps[n]) / 2.0;
    }
    return new EstimatedRocAuc(n == 0 || tps[n] == 0 || fps[n] == 0 ? Double.NaN : area, 0.0);
  }

  /** numpy's {@code round(x, 5)}: scale, round half to even, unscale. */
  private static double round5(double x) {
    return Math.rint(x * ROUNDING) / ROUNDING;
  }

  static EstimatedRocAuc ofBins(long[] counts, double[] sums) {
    double totalTp = 0;
    double totalFp = 0;
    for (int b = 0; b < counts.length; b++) {
      totalTp += sums[b];
      totalFp += counts[b] - sums[b];
    }
    if (totalTp <= 0 || totalFp <= 0) {
      return new EstimatedRocAuc(Double.NaN, Double.NaN);
    }
    double concordant = 0;
    double tied = 0;
    double tpAbove = 0;
    for (int b = counts.length - 1; b >= 0; b--) {
      double tp = sums[b];
      double fp = counts[b] - sums[b];
      concordant += fp * (tpAbove + 0.5 * tp);
      tied += tp * fp;
      tpAbove += tp;
    }
    double pairs = totalTp * totalFp;
    return new EstimatedRocAuc(concordant / pairs, 0.5 * tied / pairs);
  }
}
