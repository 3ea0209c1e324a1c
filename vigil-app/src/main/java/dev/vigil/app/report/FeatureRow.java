package dev.vigil.app.report;

import dev.vigil.stats.drift.ColumnDrift;
import java.util.Objects;

/** One row of the drift table: a column's drift test and its two distributions. */
public record FeatureRow(ColumnDrift drift, Bars distribution) {

  public FeatureRow {
    Objects.requireNonNull(drift, "drift");
    Objects.requireNonNull(distribution, "distribution");
  }

  public String name() {
    return drift.name();
  }
}
