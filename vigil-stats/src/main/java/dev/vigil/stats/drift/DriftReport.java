package dev.vigil.stats.drift;

import java.util.List;

/**
 * Drift of every column of a dataset and the dataset-level verdict: the dataset is drifted when
 * {@code driftedColumns / columns.size() >= shareThreshold}.
 */
public record DriftReport(
    List<ColumnDrift> columns, int driftedColumns, double shareThreshold, boolean datasetDrift) {

  public DriftReport {
    columns = List.copyOf(columns);
  }

  /** Share of drifted columns; 0 for an empty report. */
  public double driftShare() {
    return columns.isEmpty() ? 0.0 : (double) driftedColumns / columns.size();
  }

  /** Tests every column with the method chosen by the options or automatically. */
  public static DriftReport compute(List<ColumnInput> columns, DriftOptions options) {
    throw new UnsupportedOperationException("DriftReport.compute: to be written (issue 2)");
  }
}
