package dev.vigil.stats.drift;

import java.util.ArrayList;
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
    List<ColumnDrift> results = new ArrayList<>(columns.size());
    int drifted = 0;
    for (ColumnInput column : columns) {
      ColumnTest.requireNonEmpty(column);
      DriftMethod method = MethodChoice.method(column, options);
      double threshold = MethodChoice.threshold(column, method, options);
      DriftResult result = ColumnTest.run(column, method, threshold);
      results.add(
          new ColumnDrift(
              column.name(),
              column.kind(),
              column.reference().count(),
              column.current().count(),
              result));
      if (result.drifted()) {
        drifted++;
      }
    }
    double share = columns.isEmpty() ? 0.0 : (double) drifted / columns.size();
    boolean datasetDrift = !columns.isEmpty() && share >= options.driftShare();
    return new DriftReport(results, drifted, options.driftShare(), datasetDrift);
  }

  /** The drift of one column with the method and threshold the options choose. */
  public static ColumnDrift column(ColumnInput column, DriftOptions options) {
    return compute(List.of(column), options).columns().get(0);
  }
}
