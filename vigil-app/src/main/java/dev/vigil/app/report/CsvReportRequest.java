package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.stats.drift.DriftOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV-mode report as asked: the two files, the columns to read and the roles of some of them, the
 * period size and the settings of the drift tests and of the degradation decision.
 *
 * @param columns the columns to read (header minus ids and exclusions), roles included, in order
 * @param score the model's score column, in [0, 1]: left out of the feature drift
 * @param prediction the predicted class column (0/1), used when there is no score column
 * @param decisionThreshold predicts 1 when {@code score >= decisionThreshold}
 */
public record CsvReportRequest(
    Path reference,
    Path current,
    Set<String> columns,
    Optional<String> target,
    Optional<String> score,
    Optional<String> prediction,
    int batchSize,
    double decisionThreshold,
    DriftOptions drift,
    DegradationPolicy policy) {

  public CsvReportRequest {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(current, "current");
    columns = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(columns));
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(drift, "drift");
    Objects.requireNonNull(policy, "policy");
    if (batchSize < 1) {
      throw new IllegalArgumentException("--batch-size: must be at least 1, was " + batchSize);
    }
    if (!(decisionThreshold >= 0 && decisionThreshold <= 1)) {
      throw new IllegalArgumentException(
          "--decision-threshold: must be in [0, 1], was " + decisionThreshold);
    }
  }

  /** The column whose values act as scores: the score column, else the prediction column. */
  Optional<String> scoring() {
    return score.or(() -> prediction);
  }

  /** The flag that named {@link #scoring()}, for messages. */
  String scoringFlag() {
    return score.isPresent() ? "--score" : "--prediction";
  }
}
