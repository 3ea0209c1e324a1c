package dev.vigil.core.window;

import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionRecorder;
import dev.vigil.stats.summary.PredictionSummary;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The mutable side of one {@link WindowSummary}: what the window's predictions and joined labels
 * added since it was created. Single-threaded.
 *
 * <p>The prediction side (scores, features) and the label side (labelled pairs, label delays) are
 * created when their first record comes: a window of old predictions whose labels arrive now holds
 * only the small label side, and a window with no predictions has no features.
 */
final class WindowRecorder {

  private final double threshold;
  private final DatasetSchema schema;
  private PredictionRecorder scores;
  private FeatureRecorders features;
  private LabelledRecorder labelled;
  private NumericRecorder labelDelaySeconds;

  /** A window of a model with this decision threshold and schema. */
  WindowRecorder(double threshold, DatasetSchema schema) {
    this.threshold = threshold;
    this.schema = schema;
  }

  /** Records a prediction's score and features. */
  void prediction(PredictionRecord prediction) {
    if (scores == null) {
      scores = new PredictionRecorder(threshold);
      features = new FeatureRecorders(schema);
    }
    scores.record(prediction.score());
    features.record(prediction.features());
  }

  /** Records a prediction's score with its label (0 or 1) and the label's delay in seconds. */
  void joined(double score, int label, double delaySeconds) {
    if (labelled == null) {
      labelled = new LabelledRecorder(threshold);
      labelDelaySeconds = new NumericRecorder();
    }
    labelled.record(score, label);
    labelDelaySeconds.record(delaySeconds);
  }

  /**
   * A joined pair's label delay: label time minus prediction time, in seconds (may be negative).
   */
  static double delaySeconds(LabeledPrediction pair) {
    return ChronoUnit.MICROS.between(pair.prediction().eventTime(), pair.label().labelTime()) / 1e6;
  }

  /**
   * Checks that a summary merges with this window's: same decision threshold, and each feature the
   * schema has of the same kind.
   *
   * @throws IllegalArgumentException naming what differs
   */
  void requireMergeable(WindowSummary delta) {
    if (Double.compare(delta.scores().threshold(), threshold) != 0) {
      throw new IllegalArgumentException(
          "threshold " + delta.scores().threshold() + " differs from the window's " + threshold);
    }
    for (Map.Entry<String, FeatureSummary> feature : delta.features().entrySet()) {
      boolean numeric = feature.getValue() instanceof FeatureSummary.Numeric;
      Optional<ColumnSchema> column = schema.column(feature.getKey());
      if (column.isPresent() && (column.get().kind() == ColumnKind.NUMERIC) != numeric) {
        throw new IllegalArgumentException(
            "feature '" + feature.getKey() + "' is " + column.get().kind().id() + " in the schema");
      }
    }
  }

  /** An immutable snapshot of everything recorded so far; recording may continue. */
  WindowSummary summary() {
    boolean predicted = scores != null;
    boolean joined = labelled != null;
    return new WindowSummary(
        predicted ? scores.summary() : PredictionSummary.empty(threshold),
        predicted ? features.summary() : Map.of(),
        joined ? labelled.summary() : LabelledSummary.empty(threshold),
        joined ? labelDelaySeconds.summary() : NumericSummary.empty(),
        // Predictions carry no serving latency yet.
        NumericSummary.empty());
  }
}
