package dev.vigil.stats.metrics;

import dev.vigil.stats.summary.DecisionThreshold;
import java.util.Objects;

/**
 * Binary classification metrics at a decision threshold, as defined in docs/STATISTICS.md §3.
 * Proportions with a zero denominator are 0 (scikit-learn's {@code zero_division = 0}) with an
 * undefined interval; ROC AUC and PR AUC are NaN with one class; losses and ECE are NaN with no
 * rows. ROC AUC and PR AUC from a score histogram have {@code exact = false} and an error bound.
 *
 * @param threshold predicts 1 when {@code score >= threshold}
 * @param confusion the confusion counts at the threshold
 * @param accuracy (tp + tn) / n, Wilson interval
 * @param precision tp / (tp + fp), Wilson interval
 * @param recall tp / (tp + fn), Wilson interval
 * @param f1 2 tp / (2 tp + fp + fn), no interval
 * @param specificity tn / (tn + fp), Wilson interval
 * @param rocAuc area under the ROC curve, Hanley-McNeil interval
 * @param prAuc average precision, no interval
 * @param logLoss mean log loss, normal interval
 * @param brier mean Brier loss, normal interval
 * @param expectedCalibrationError ECE over 10 equal-width bins, no interval
 * @param predictedPositiveRate (tp + fp) / n, Wilson interval
 * @param actualPositiveRate (tp + fn) / n, Wilson interval
 */
public record ClassificationMetrics(
    double threshold,
    ConfusionCounts confusion,
    Metric accuracy,
    Metric precision,
    Metric recall,
    Metric f1,
    Metric specificity,
    Metric rocAuc,
    Metric prAuc,
    Metric logLoss,
    Metric brier,
    Metric expectedCalibrationError,
    Metric predictedPositiveRate,
    Metric actualPositiveRate) {

  public ClassificationMetrics {
    Objects.requireNonNull(confusion, "confusion");
    Objects.requireNonNull(accuracy, "accuracy");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(recall, "recall");
    Objects.requireNonNull(f1, "f1");
    Objects.requireNonNull(specificity, "specificity");
    Objects.requireNonNull(rocAuc, "rocAuc");
    Objects.requireNonNull(prAuc, "prAuc");
    Objects.requireNonNull(logLoss, "logLoss");
    Objects.requireNonNull(brier, "brier");
    Objects.requireNonNull(expectedCalibrationError, "expectedCalibrationError");
    Objects.requireNonNull(predictedPositiveRate, "predictedPositiveRate");
    Objects.requireNonNull(actualPositiveRate, "actualPositiveRate");
  }

  /**
   * Exact metrics of raw rows.
   *
   * @param scores predicted probabilities of class 1, finite in [0, 1]
   * @param labels true classes, 0 or 1, as many as scores
   * @param threshold in [0, 1]
   */
  public static ClassificationMetrics of(double[] scores, int[] labels, double threshold) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(labels, "labels");
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "labels: " + labels.length + " labels for " + scores.length + " scores");
    }
    LabelledAccumulator accumulator = new LabelledAccumulator(DecisionThreshold.require(threshold));
    double[] cleanScores = new double[scores.length];
    byte[] byteLabels = new byte[labels.length];
    for (int i = 0; i < scores.length; i++) {
      LabelledRecorder.requireValid(scores[i], labels[i]);
      cleanScores[i] = scores[i] + 0.0;
      byteLabels[i] = (byte) labels[i];
      accumulator.add(cleanScores[i], labels[i]);
    }
    ScorePairs pairs = ScorePairs.sortedCopyOf(cleanScores, byteLabels, scores.length);
    return MetricsCalculator.compute(
        threshold + 0.0,
        accumulator.confusion(),
        accumulator.losses(),
        accumulator.calibrationBins(),
        pairs);
  }

  /** Metrics of a summary: exact, except AUCs once the summary holds a histogram. */
  public static ClassificationMetrics of(LabelledSummary summary) {
    return MetricsCalculator.compute(
        summary.threshold(),
        summary.confusion(),
        summary.losses(),
        summary.calibrationBins(),
        summary.ranking());
  }

  /** The number of rows. */
  public long count() {
    return confusion.count();
  }

  /** The number of rows labelled 1. */
  public long positives() {
    return confusion.positives();
  }
}
