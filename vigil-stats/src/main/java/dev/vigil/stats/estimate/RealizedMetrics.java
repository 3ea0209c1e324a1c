package dev.vigil.stats.estimate;

/**
 * A metric on labelled rows with predictions {@code score >= threshold}, as NannyML's realized
 * performance: NaN for a zero denominator and for ROC AUC without both classes.
 */
final class RealizedMetrics {

  private RealizedMetrics() {}

  static double of(EstimatedMetric metric, LabelledScores rows, double threshold) {
    if (metric == EstimatedMetric.ROC_AUC) {
      return rows.rocAuc();
    }
    double tp = 0;
    double fp = 0;
    double tn = 0;
    double fn = 0;
    for (int i = 0; i < rows.size(); i++) {
      boolean predicted = rows.scores()[i] >= threshold;
      boolean actual = rows.labels()[i] == 1;
      if (predicted) {
        tp += actual ? 1 : 0;
        fp += actual ? 0 : 1;
      } else {
        fn += actual ? 1 : 0;
        tn += actual ? 0 : 1;
      }
    }
    return switch (metric) {
      case ACCURACY -> nanRatio(tp + tn, rows.size());
      case PRECISION -> nanRatio(tp, tp + fp);
      case RECALL -> nanRatio(tp, tp + fn);
      case SPECIFICITY -> nanRatio(tn, tn + fp);
      case F1 -> nanRatio(tp, tp + 0.5 * (fp + fn));
      case ROC_AUC -> throw new IllegalStateException("handled above");
    };
  }

  private static double nanRatio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
