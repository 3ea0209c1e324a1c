package dev.vigil.models;

import dev.vigil.stats.metrics.ClassificationMetrics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's metrics on holdout rows, computed by vigil-stats' {@link ClassificationMetrics}, with
 * the holdout's class balance, keyed in snake_case as tracking and the registry record them:
 * roc_auc, pr_auc, f1, precision, recall, accuracy, log_loss, brier, expected_calibration_error,
 * positives, negatives, positive_rate. An AUC is NaN when the holdout has one class.
 *
 * @param threshold the decision threshold of f1, precision, recall and accuracy
 * @param metrics the metrics in the order above; unmodifiable
 */
public record HoldoutEvaluation(double threshold, Map<String, Double> metrics) {

  public HoldoutEvaluation {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /**
   * Evaluates scores against labels.
   *
   * @param scores probabilities of class 1, in [0, 1]
   * @param labels 0 or 1, one per score
   * @param threshold in [0, 1]; a score at or above it predicts 1
   */
  public static HoldoutEvaluation of(double[] scores, int[] labels, double threshold) {
    ClassificationMetrics m = ClassificationMetrics.of(scores, labels, threshold);
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("roc_auc", m.rocAuc().value());
    metrics.put("pr_auc", m.prAuc().value());
    metrics.put("f1", m.f1().value());
    metrics.put("precision", m.precision().value());
    metrics.put("recall", m.recall().value());
    metrics.put("accuracy", m.accuracy().value());
    metrics.put("log_loss", m.logLoss().value());
    metrics.put("brier", m.brier().value());
    metrics.put("expected_calibration_error", m.expectedCalibrationError().value());
    metrics.put("positives", (double) m.positives());
    metrics.put("negatives", (double) (m.count() - m.positives()));
    metrics.put("positive_rate", m.actualPositiveRate().value());
    return new HoldoutEvaluation(threshold, metrics);
  }

  /** One metric by its snake_case name. */
  public double metric(String name) {
    Double value = metrics.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "name: no metric '" + name + "', known " + metrics.keySet());
    }
    return value;
  }
}
