package dev.vigil.app.report;

import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.QueryParameters;

/**
 * Store mode's estimated performance: the server's estimated-performance query over the report's
 * range (issue 6, contract 3: {@code MonitoringQueries.estimatedPerformance(QueryParameters)}).
 */
final class StoreEstimates implements EstimatedPerformance {

  private final MonitoringQueries queries;
  private final QueryParameters parameters;

  StoreEstimates(MonitoringQueries queries, QueryParameters parameters) {
    this.queries = queries;
    this.parameters = parameters;
  }

  @Override
  public EstimatedSeries estimate() {
    // WIRING POINT (contract 3), the only one: once MonitoringQueries.estimatedPerformance exists,
    // map queries.estimatedPerformance(parameters.withGranularity(...)) here: one EstimatedPeriod
    // per bucket (label: its start and end; rows: its predictions; metrics: value, lower, upper,
    // alert_lower, alert_upper by metric name), or EstimatedSeries.unavailable(view's reason).
    return EstimatedSeries.unavailable(
        "estimated performance is not read from the store by this version of vigil report"
            + " (use CSV mode with --score and --target for CBPE estimates)");
  }
}
