package dev.vigil.app.report;

/**
 * Where a report's estimated performance comes from: CBPE fitted on a labelled reference CSV in CSV
 * mode ({@link CbpeEstimates}), the server's estimated-performance query in store mode ({@link
 * StoreEstimates}).
 */
@FunctionalInterface
public interface EstimatedPerformance {

  /** The estimates over the report's periods, or why there are none. */
  EstimatedSeries estimate();
}
