package dev.vigil.app.report;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.query.EstimatedPerformanceView;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.QueryParameters;
import dev.vigil.stats.estimate.MetricEstimate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Store mode's estimated performance: the server's estimated-performance query over the report's
 * range (contract 3: {@code MonitoringQueries.estimatedPerformance(QueryParameters)}), one period
 * per time bucket.
 */
final class StoreEstimates implements EstimatedPerformance {

  private final MonitoringQueries queries;
  private final QueryParameters parameters;
  private final Duration range;
  private final WindowGranularity base;

  StoreEstimates(
      MonitoringQueries queries,
      QueryParameters parameters,
      Duration range,
      WindowGranularity base) {
    this.queries = queries;
    this.parameters = parameters;
    this.range = range;
    this.base = base;
  }

  @Override
  public EstimatedSeries estimate() {
    EstimatedPerformanceView view =
        queries.estimatedPerformance(parameters.withGranularity(granularity(range, base)));
    if (!view.available()) {
      return EstimatedSeries.unavailable(view.unavailableReason().orElseThrow());
    }
    return EstimatedSeries.of(
        view.buckets().stream()
            .filter(b -> b.estimate().predictions() > 0)
            .map(
                b ->
                    new EstimatedPeriod(
                        b.start() + " – " + b.end(),
                        b.estimate().predictions(),
                        values(b.estimate().metrics())))
            .toList());
  }

  /**
   * Buckets small enough to show a trend, few enough to read: minutes up to 6 hours for a model
   * with minute windows (as the dashboard picks them; e.g. the demo's compressed story), then
   * hours, days or weeks.
   */
  static String granularity(Duration range, WindowGranularity base) {
    if (base == WindowGranularity.MINUTE && range.compareTo(Duration.ofHours(6)) <= 0) {
      return "minute";
    }
    if (range.compareTo(Duration.ofDays(2)) <= 0) {
      return "hour";
    }
    return range.compareTo(Duration.ofDays(60)) <= 0 ? "day" : "week";
  }

  /** The core's estimates by metric name, as the report holds them. */
  static Map<String, EstimatedValue> values(Map<String, MetricEstimate> estimates) {
    Map<String, EstimatedValue> values = new LinkedHashMap<>();
    estimates.forEach(
        (name, e) ->
            values.put(
                name,
                new EstimatedValue(
                    e.value(),
                    e.lowerBound(),
                    e.upperBound(),
                    e.threshold().lower(),
                    e.threshold().upper())));
    return values;
  }
}
