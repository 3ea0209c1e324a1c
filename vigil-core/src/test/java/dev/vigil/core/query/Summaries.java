package dev.vigil.core.query;

import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.PredictionRecorder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds window and reference summaries of {@link Row}s with the vigil-stats recorders. */
final class Summaries {

  private Summaries() {}

  static WindowSummary window(double threshold, List<Row> rows) {
    PredictionRecorder scores = new PredictionRecorder(threshold);
    LabelledRecorder labelled = new LabelledRecorder(threshold);
    NumericRecorder delays = new NumericRecorder();
    NumericRecorder latencies = new NumericRecorder();
    Features features = new Features();
    for (Row row : rows) {
      scores.record(row.score());
      features.record(row);
      if (row.label() != null) {
        labelled.record(row.score(), row.label());
        delays.record(row.delaySeconds());
      }
      if (!Double.isNaN(row.latencySeconds())) {
        latencies.record(row.latencySeconds());
      }
    }
    return new WindowSummary(
        scores.summary(),
        features.summaries(),
        labelled.summary(),
        delays.summary(),
        latencies.summary());
  }

  /** A reference of the rows; scores and target (the rows' labels) only when asked. */
  static ReferenceSummary reference(
      Instant uploadedAt, List<Row> rows, boolean withScores, boolean withTarget) {
    PredictionRecorder scores = new PredictionRecorder(0.5);
    CategoricalRecorder target = new CategoricalRecorder();
    Features features = new Features();
    for (Row row : rows) {
      features.record(row);
      if (withScores) {
        scores.record(row.score());
      }
      if (withTarget && row.label() != null) {
        target.record(Integer.toString(row.label()));
      }
    }
    return new ReferenceSummary(
        uploadedAt, rows.size(), features.summaries(), scores.summary(), target.summary());
  }

  private static final class Features {
    private final NumericRecorder age = new NumericRecorder();
    private long ageTypeErrors;
    private final CategoricalRecorder geography = new CategoricalRecorder();
    private final CategoricalRecorder active = new CategoricalRecorder();

    void record(Row row) {
      if (row.age() != null) {
        age.record(row.age());
      } else if (row.ageText() != null) {
        ageTypeErrors++;
      } else {
        age.recordMissing();
      }
      geography.record(row.geography());
      if (row.active() == null) {
        active.recordMissing();
      } else {
        active.recordBoolean(row.active());
      }
    }

    Map<String, FeatureSummary> summaries() {
      return Map.of(
          "Age", new FeatureSummary.Numeric(age.summary(), ageTypeErrors),
          "Geography", new FeatureSummary.Categorical(geography.summary(), 0),
          "IsActive", new FeatureSummary.Categorical(active.summary(), 0));
    }
  }
}
