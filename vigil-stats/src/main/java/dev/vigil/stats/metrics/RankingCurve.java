package dev.vigil.stats.metrics;

/**
 * ROC AUC and average precision (scikit-learn's {@code roc_auc_score} and {@code
 * average_precision_score}) from groups of tied scores given in descending score order, with the
 * bounds on their distance to the exact values when a group may hide distinct scores (a histogram
 * bin).
 *
 * <p>ROC AUC is the trapezoidal area, i.e. the Mann-Whitney probability that a positive outranks a
 * negative with ties counting ½. Inside a group the exact pairs contribute between 0 and {@code
 * pos·neg} where the tie rule gives {@code ½·pos·neg}, hence the bound {@code ½ Σ pos_b·neg_b /
 * (P·N)}.
 *
 * <p>Average precision is {@code Σ_g (pos_g / P) · precision_g} with precision after each group.
 * Bound: let {@code T}, {@code F} be the positives and negatives ranked above group {@code b}. With
 * the exact scores, the positives of the bin are credited at thresholds inside the bin, where
 * {@code i ∈ [1, pos_b]} of its positives and {@code j ∈ [0, neg_b]} of its negatives are already
 * included, so every precision used lies in {@code [lo_b, hi_b]} with {@code lo_b = (T+1) /
 * (T+1+F+neg_b)} and {@code hi_b = (T+pos_b) / (T+pos_b+F)} (precision grows with {@code i} and
 * falls with {@code j}). The exact bin contribution is {@code pos_b/P} times a weighted mean of
 * such precisions, and the binned precision {@code (T+pos_b)/(T+pos_b+F+neg_b)} lies in the same
 * range, so {@code |exact − binned| <= Σ_b (pos_b/P)·max(hi_b − prec_b, prec_b − lo_b)}.
 */
final class RankingCurve {

  private final double rocAuc;
  private final double averagePrecision;
  private final double rocAucBound;
  private final double averagePrecisionBound;

  private RankingCurve(double rocAuc, double ap, double rocAucBound, double apBound) {
    this.rocAuc = rocAuc;
    this.averagePrecision = ap;
    this.rocAucBound = rocAucBound;
    this.averagePrecisionBound = apBound;
  }

  /**
   * Sweeps the groups {@code 0..groups-1}, highest scores first; {@code positives[g]} and {@code
   * negatives[g]} count the rows of group {@code g}.
   */
  static RankingCurve sweep(long[] positives, long[] negatives, int groups) {
    long totalPositives = 0;
    long totalNegatives = 0;
    for (int g = 0; g < groups; g++) {
      totalPositives += positives[g];
      totalNegatives += negatives[g];
    }
    if (totalPositives == 0 || totalNegatives == 0) {
      return new RankingCurve(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double p = totalPositives;
    double pairs = p * totalNegatives;
    double concordant = 0; // Σ neg_g · (positives above + ½ pos_g), in pairs
    double tiedPairs = 0;
    double precisionSum = 0; // Σ pos_g · precision_g
    double apSlack = 0;
    long tp = 0;
    long fp = 0;
    for (int g = 0; g < groups; g++) {
      long pos = positives[g];
      long neg = negatives[g];
      concordant += neg * (tp + 0.5 * pos);
      tiedPairs += (double) pos * neg;
      if (pos > 0) {
        double precision = (double) (tp + pos) / (tp + pos + fp + neg);
        double lo = (double) (tp + 1) / (tp + 1 + fp + neg);
        double hi = (double) (tp + pos) / (tp + pos + fp);
        precisionSum += pos * precision;
        apSlack += pos * Math.max(hi - precision, precision - lo);
      }
      tp += pos;
      fp += neg;
    }
    return new RankingCurve(
        concordant / pairs, precisionSum / p, 0.5 * tiedPairs / pairs, apSlack / p);
  }

  double rocAuc() {
    return rocAuc;
  }

  double averagePrecision() {
    return averagePrecision;
  }

  /** The ROC AUC bound when groups are bins (not used for groups of truly tied scores). */
  double rocAucBound() {
    return rocAucBound;
  }

  double averagePrecisionBound() {
    return averagePrecisionBound;
  }
}
