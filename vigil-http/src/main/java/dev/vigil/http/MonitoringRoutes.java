package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.QueryParameters;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * The monitoring queries of a model: {@code GET .../windows}, {@code .../drift}, {@code
 * .../performance}, {@code .../performance/estimated} and {@code
 * .../features/{feature}/distribution}. Its alerts are the alerting routes' ({@code
 * dev.vigil.http.alerting}).
 */
final class MonitoringRoutes {

  static final String WINDOWS = "/api/v1/models/{name}/windows";
  static final String DRIFT = "/api/v1/models/{name}/drift";
  static final String PERFORMANCE = "/api/v1/models/{name}/performance";
  static final String ESTIMATED = "/api/v1/models/{name}/performance/estimated";
  static final String DISTRIBUTION = "/api/v1/models/{name}/features/{feature}/distribution";

  private static final Set<String> WINDOWS_PARAMS =
      Set.of("from", "to", "granularity", "segment", "version");
  private static final Set<String> DRIFT_PARAMS = Set.of("from", "to", "segment", "version");
  private static final Set<String> DRIFT_BUCKETS_PARAMS = WINDOWS_PARAMS;

  private final MonitoringQueries queries;
  private final WindowsJsonWriter windows;
  private final DriftJsonWriter drift;
  private final PerformanceJsonWriter performance;
  private final DistributionJsonWriter distribution;
  private final EstimatedPerformanceJsonWriter estimated;

  MonitoringRoutes(MonitoringQueries queries, ObjectMapper json) {
    this.queries = queries;
    this.windows = new WindowsJsonWriter(json);
    this.drift = new DriftJsonWriter(json);
    this.performance = new PerformanceJsonWriter(json);
    this.distribution = new DistributionJsonWriter(json);
    this.estimated = new EstimatedPerformanceJsonWriter(json);
  }

  void register(RoutesConfig routes) {
    routes.get(
        WINDOWS,
        ctx ->
            send(
                ctx,
                windows.write(queries.windows(QueryParams.of(ctx, WINDOWS_PARAMS).monitoring()))));
    routes.get(DRIFT, this::sendDrift);
    routes.get(
        PERFORMANCE,
        ctx ->
            send(
                ctx,
                performance.write(
                    queries.performance(QueryParams.of(ctx, WINDOWS_PARAMS).monitoring()))));
    routes.get(
        ESTIMATED,
        ctx ->
            send(
                ctx,
                estimated.write(
                    queries.estimatedPerformance(
                        QueryParams.of(ctx, WINDOWS_PARAMS).monitoring()))));
    routes.get(DISTRIBUTION, this::sendDistribution);
  }

  /** The whole range's drift, and each bucket's when a granularity is given. */
  private void sendDrift(Context ctx) {
    QueryParameters parameters = QueryParams.of(ctx, DRIFT_BUCKETS_PARAMS).monitoring();
    send(
        ctx,
        parameters.granularity().isPresent()
            ? drift.write(queries.driftBuckets(parameters))
            : drift.write(queries.drift(parameters)));
  }

  private void sendDistribution(Context ctx) {
    send(
        ctx,
        distribution.write(
            queries.distribution(
                QueryParams.of(ctx, DRIFT_PARAMS).monitoring(), ctx.pathParam("feature"))));
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
