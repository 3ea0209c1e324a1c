package dev.vigil.core.query;

import dev.vigil.stats.drift.ColumnDrift;
import java.util.Objects;

/**
 * Drift of the actual label: the positive rate of the labelled predictions in range against the
 * reference target's, tested as a binary categorical column ({@code "0"}/{@code "1"}).
 */
public record LabelDrift(
    ColumnDrift drift, double referencePositiveRate, double currentPositiveRate) {

  public LabelDrift {
    Objects.requireNonNull(drift, "drift");
  }
}
