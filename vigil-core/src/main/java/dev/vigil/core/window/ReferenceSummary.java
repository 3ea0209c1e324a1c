package dev.vigil.core.window;

import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.PredictionSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reference a model's windows are compared with (usually its training or validation data): each
 * feature's summary, the scores if the reference had them, the target's values ({@code "0"}/{@code
 * "1"} counts, for label drift) if it had a target column, and the (score, label) pairs of the rows
 * that had both (a sample of at most {@link LabelledScoreSample#CAPACITY}), from which performance
 * is estimated without labels.
 *
 * <p>Invariants: feature names are sorted; {@code rows} is at least each feature's count; the
 * upload time is whole microseconds.
 */
public record ReferenceSummary(
    Instant uploadedAt,
    long rows,
    Map<String, FeatureSummary> features,
    PredictionSummary scores,
    CategoricalSummary target,
    LabelledScoreSample labelledScores) {

  public ReferenceSummary {
    Objects.requireNonNull(labelledScores, "labelledScores");
    uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(target, "target");
    features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0, was " + rows);
    }
  }

  /** A reference without (score, label) pairs. */
  public ReferenceSummary(
      Instant uploadedAt,
      long rows,
      Map<String, FeatureSummary> features,
      PredictionSummary scores,
      CategoricalSummary target) {
    this(uploadedAt, rows, features, scores, target, LabelledScoreSample.none());
  }

  /** This reference with other (score, label) pairs, e.g. a training holdout's. */
  public ReferenceSummary withLabelledScores(LabelledScoreSample pairs) {
    return new ReferenceSummary(uploadedAt, rows, features, scores, target, pairs);
  }
}
