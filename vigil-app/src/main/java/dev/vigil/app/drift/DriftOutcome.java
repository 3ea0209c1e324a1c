package dev.vigil.app.drift;

import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code vigil drift} reports: the two files, the drift of the feature columns (which
 * alone decide the dataset verdict), the drift of the target if one was named, and the columns that
 * could not be tested.
 */
public record DriftOutcome(
    String referenceFile,
    int referenceRows,
    String currentFile,
    int currentRows,
    DriftReport features,
    Optional<ColumnDrift> target,
    List<SkippedColumn> skipped) {

  public DriftOutcome {
    Objects.requireNonNull(referenceFile, "referenceFile");
    Objects.requireNonNull(currentFile, "currentFile");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(target, "target");
    skipped = List.copyOf(skipped);
  }
}
