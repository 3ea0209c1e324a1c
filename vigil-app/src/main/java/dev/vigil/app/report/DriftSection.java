package dev.vigil.app.report;

import dev.vigil.stats.drift.DriftReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The drift part of a report: the features (whose share decides the dataset verdict) with their
 * distributions, the target and the model's scores apart, and the columns not tested.
 *
 * @param report the features' drift, as {@code vigil drift} computes it
 * @param features one row per column of {@code report}, in its order
 * @param skipped "column: reason" for each column not tested
 */
public record DriftSection(
    DriftReport report,
    List<FeatureRow> features,
    Optional<FeatureRow> target,
    Optional<FeatureRow> scores,
    List<String> skipped) {

  public DriftSection {
    Objects.requireNonNull(report, "report");
    features = List.copyOf(features);
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(scores, "scores");
    skipped = List.copyOf(skipped);
    if (features.size() != report.columns().size()) {
      throw new IllegalArgumentException("features: one row per column of the report");
    }
  }

  /** The names of the drifted features, in table order. */
  public List<String> drifted() {
    return features.stream()
        .filter(f -> f.drift().result().drifted())
        .map(FeatureRow::name)
        .toList();
  }
}
