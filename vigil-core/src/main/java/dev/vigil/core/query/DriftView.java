package dev.vigil.core.query;

import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the drift query: every testable feature of the range against the reference (the
 * report's columns decide the dataset verdict), the features skipped, prediction drift (scores
 * against the reference's scores, when both have some) and label drift (when the reference had a
 * target and some predictions in range have labels).
 *
 * @param predictions predictions in the range (the current side)
 */
public record DriftView(
    QueryScope scope,
    ReferenceSummary reference,
    long predictions,
    DriftReport features,
    List<SkippedFeature> skipped,
    Optional<ColumnDrift> prediction,
    Optional<LabelDrift> label) {

  public DriftView {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(features, "features");
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(label, "label");
  }
}
