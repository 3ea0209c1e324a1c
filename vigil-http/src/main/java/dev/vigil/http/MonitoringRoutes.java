package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.MonitoringQueries;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * The monitoring queries of a model: {@code GET .../windows}, {@code .../drift} and {@code
 * .../performance}. Its alerts are the alerting routes' ({@code dev.vigil.http.alerting}).
 */
final class MonitoringRoutes {

  static final String WINDOWS = "/api/v1/models/{name}/windows";
  static final String DRIFT = "/api/v1/models/{name}/drift";
  static final String PERFORMANCE = "/api/v1/models/{name}/performance";

  private static final Set<String> WINDOWS_PARAMS =
      Set.of("from", "to", "granularity", "segment", "version");
  private static final Set<String> DRIFT_PARAMS = Set.of("from", "to", "segment", "version");

  private final MonitoringQueries queries;
  private final WindowsJsonWriter windows;
  private final DriftJsonWriter drift;
  private final PerformanceJsonWriter performance;

  MonitoringRoutes(MonitoringQueries queries, ObjectMapper json) {
    this.queries = queries;
    this.windows = new WindowsJsonWriter(json);
    this.drift = new DriftJsonWriter(json);
    this.performance = new PerformanceJsonWriter(json);
  }

  void register(RoutesConfig routes) {
    routes.get(
        WINDOWS,
        ctx ->
            send(
                ctx,
                windows.write(queries.windows(QueryParams.of(ctx, WINDOWS_PARAMS).monitoring()))));
    routes.get(
        DRIFT,
        ctx ->
            send(ctx, drift.write(queries.drift(QueryParams.of(ctx, DRIFT_PARAMS).monitoring()))));
    routes.get(
        PERFORMANCE,
        ctx ->
            send(
                ctx,
                performance.write(
                    queries.performance(QueryParams.of(ctx, WINDOWS_PARAMS).monitoring()))));
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
