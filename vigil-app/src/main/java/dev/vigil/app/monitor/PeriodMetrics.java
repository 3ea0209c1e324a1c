package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.ConfusionCounts;

/**
 * The realized metrics of one period's labelled rows: the confusion counts of the predictions, and
 * accuracy, precision, recall and F1 from them (0 when a denominator is 0, as scikit-learn's {@code
 * zero_division=0}); ROC AUC from the scores, NaN without scores or with one class.
 *
 * @param rows the period's predictions
 * @param labelled those with a label (the confusion's count)
 */
record PeriodMetrics(
    long rows,
    long labelled,
    ConfusionCounts confusion,
    double accuracy,
    double precision,
    double recall,
    double f1,
    double rocAuc) {

  PeriodMetrics {
    if (labelled != confusion.count() || labelled > rows) {
      throw new IllegalArgumentException("labelled: must be the confusion's count, <= rows");
    }
  }

  /**
   * The metrics of a period of a labelled log, by {@link ClassificationMetrics}, on its labelled
   * rows ({@link PredictionLog#UNLABELLED} rows count only as predictions).
   */
  static PeriodMetrics of(PredictionLog log, Period period, int[] labels) {
    int[] rows =
        java.util.Arrays.stream(period.rows())
            .filter(r -> labels[r] != PredictionLog.UNLABELLED)
            .toArray();
    double[] decided = new double[rows.length];
    int[] truth = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      decided[i] = log.predictions()[rows[i]];
      truth[i] = labels[rows[i]];
    }
    // The logged decisions scored at 0.5 give their confusion counts exactly, also when a
    // prediction column disagrees with score >= threshold.
    ClassificationMetrics byPrediction = ClassificationMetrics.of(decided, truth, 0.5);
    double rocAuc =
        log.scores()
            .map(s -> ClassificationMetrics.of(pick(s, rows), truth, log.threshold()))
            .map(m -> m.rocAuc().value())
            .orElse(Double.NaN);
    boolean none = rows.length == 0;
    return new PeriodMetrics(
        period.size(),
        rows.length,
        byPrediction.confusion(),
        none ? Double.NaN : byPrediction.accuracy().value(),
        none ? Double.NaN : byPrediction.precision().value(),
        none ? Double.NaN : byPrediction.recall().value(),
        none ? Double.NaN : byPrediction.f1().value(),
        rocAuc);
  }

  /** The metrics a running Vigil computed for a period ({@code performance} of /periods). */
  static PeriodMetrics fromServer(JsonNode period) {
    long rows = period.path("predictions").asLong();
    JsonNode metrics = period.path("performance").path("metrics");
    if (metrics.isMissingNode() || metrics.isNull()) {
      return new PeriodMetrics(
          rows,
          0,
          ConfusionCounts.EMPTY,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    JsonNode c = metrics.path("confusion");
    ConfusionCounts confusion =
        new ConfusionCounts(
            c.path("true_positives").asLong(),
            c.path("false_positives").asLong(),
            c.path("true_negatives").asLong(),
            c.path("false_negatives").asLong());
    return new PeriodMetrics(
        rows,
        confusion.count(),
        confusion,
        value(metrics, "accuracy"),
        value(metrics, "precision"),
        value(metrics, "recall"),
        value(metrics, "f1"),
        value(metrics, "roc_auc"));
  }

  static double[] pick(double[] values, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[rows[i]];
    }
    return out;
  }

  private static double value(JsonNode metrics, String name) {
    JsonNode v = metrics.path(name).path("value");
    return v.isNumber() ? v.asDouble() : Double.NaN;
  }
}
