package dev.vigil.core.window;

import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionSummary;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The immutable, mergeable summary of one window: its predictions' scores, each feature, the labels
 * joined to its predictions (performance is attributed to the prediction's window), the delay of
 * those labels, and the serving latency of predictions that carried one.
 *
 * <p>Invariants: {@code labelled.count() <= scores.count()} is NOT required (a delta may hold only
 * labels of predictions counted in an earlier delta); the scores and the labelled summary use the
 * same decision threshold; feature names are sorted.
 *
 * @param scores the predictions' scores and how many were predicted positive
 * @param features each feature's summary, by name
 * @param labelled scores and labels of the predictions whose label has arrived
 * @param labelDelaySeconds label time minus prediction time, in seconds (negative when the label
 *     came first)
 * @param latencySeconds serving latency of the predictions that carried one
 */
public record WindowSummary(
    PredictionSummary scores,
    Map<String, FeatureSummary> features,
    LabelledSummary labelled,
    NumericSummary labelDelaySeconds,
    NumericSummary latencySeconds) {

  public WindowSummary {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(labelled, "labelled");
    Objects.requireNonNull(labelDelaySeconds, "labelDelaySeconds");
    Objects.requireNonNull(latencySeconds, "latencySeconds");
    features = Collections.unmodifiableSortedMap(new TreeMap<>(features));
    if (Double.compare(scores.threshold(), labelled.threshold()) != 0) {
      throw new IllegalArgumentException(
          "labelled: threshold "
              + labelled.threshold()
              + " differs from the scores' "
              + scores.threshold());
    }
  }

  /** The summary of nothing at a decision threshold: the identity of {@link #merge}. */
  public static WindowSummary empty(double threshold) {
    return new WindowSummary(
        PredictionSummary.empty(threshold),
        Map.of(),
        LabelledSummary.empty(threshold),
        NumericSummary.empty(),
        NumericSummary.empty());
  }

  /** Number of predictions. */
  public long predictions() {
    return scores.count();
  }

  /** Number of predictions whose label arrived. */
  public long labelledCount() {
    return labelled.count();
  }

  /**
   * The summary of both windows' records.
   *
   * @throws IllegalArgumentException when thresholds or a feature's kinds differ
   */
  public WindowSummary merge(WindowSummary other) {
    Map<String, FeatureSummary> merged = new TreeMap<>(features);
    other.features.forEach((name, summary) -> merged.merge(name, summary, FeatureSummary::merge));
    return new WindowSummary(
        scores.merge(other.scores),
        merged,
        labelled.merge(other.labelled),
        labelDelaySeconds.merge(other.labelDelaySeconds),
        latencySeconds.merge(other.latencySeconds));
  }
}
