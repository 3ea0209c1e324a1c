package dev.vigil.stats.estimate;

import dev.vigil.stats.metrics.ConfusionCounts;

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
    ConfusionCounts counts = rows.confusionAt(threshold);
    double tp = counts.truePositives();
    double fp = counts.falsePositives();
    double tn = counts.trueNegatives();
    double fn = counts.falseNegatives();
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
