package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.query.MonitoringQueries;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * The monitoring queries of a model: {@code GET .../windows}, {@code .../drift}, {@code
 * .../performance}, and {@code .../alerts} (always empty until alerting exists).
 */
final class MonitoringRoutes {

  static final String WINDOWS = "/api/v1/models/{name}/windows";
  static final String DRIFT = "/api/v1/models/{name}/drift";
  static final String PERFORMANCE = "/api/v1/models/{name}/performance";
  static final String ALERTS = "/api/v1/models/{name}/alerts";

  private static final Set<String> WINDOWS_PARAMS =
      Set.of("from", "to", "granularity", "segment", "version");
  private static final Set<String> DRIFT_PARAMS = Set.of("from", "to", "segment", "version");

  private final MonitoringQueries queries;
  private final ModelStore models;
  private final ObjectMapper json;
  private final WindowsJsonWriter windows;
  private final DriftJsonWriter drift;
  private final PerformanceJsonWriter performance;

  MonitoringRoutes(MonitoringQueries queries, ModelStore models, ObjectMapper json) {
    this.queries = queries;
    this.models = models;
    this.json = json;
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
    routes.get(ALERTS, this::alerts);
  }

  /** Alerting is issue 6: until then every known model has no alert. */
  private void alerts(Context ctx) {
    QueryParams.of(ctx, Set.of());
    String name = ctx.pathParam("name");
    if (models.find(name).isEmpty()) {
      throw new ApiException(404, "name", "no monitored model named '" + name + "'");
    }
    ObjectNode answer = json.createObjectNode();
    answer.put("model", name);
    answer.putArray("alerts");
    send(ctx, answer);
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
