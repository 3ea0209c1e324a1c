package dev.vigil.http.tracking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.MetricPoint;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.tracking.TrackingNotFoundException;
import dev.vigil.core.tracking.ViewType;
import dev.vigil.http.ApiException;
import dev.vigil.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Vigil's own read-only views of tracking: {@code GET /api/v1/experiments}, {@code GET
 * /api/v1/runs} (the active runs, latest start first, of one experiment with {@code
 * ?experiment=NAME} or of all) and {@code GET /api/v1/runs/{id}}. Times are ISO-8601 instants;
 * writes go through MLflow's API ({@code /api/2.0/mlflow/}).
 */
public final class TrackingRoutes implements RouteGroup {

  static final String EXPERIMENTS = "/api/v1/experiments";
  static final String RUNS = "/api/v1/runs";
  static final String RUN = "/api/v1/runs/{id}";

  private final Tracking tracking;
  private final ObjectMapper json = new ObjectMapper();

  public TrackingRoutes(Tracking tracking) {
    this.tracking = tracking;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(EXPERIMENTS, this::experiments);
    routes.get(RUNS, this::runs);
    routes.get(RUN, this::run);
  }

  private void experiments(Context ctx) {
    ObjectNode answer = json.createObjectNode();
    ArrayNode list = answer.putArray("experiments");
    for (Experiment e : tracking.experiments(ViewType.ACTIVE_ONLY)) {
      ObjectNode node = list.addObject();
      node.put("id", e.id());
      node.put("name", e.name());
      node.put("created_at", e.creationTime().toString());
      node.put("updated_at", e.lastUpdateTime().toString());
      node.putPOJO("tags", new TreeMap<>(e.tags()));
    }
    send(ctx, answer);
  }

  private void runs(Context ctx) {
    Optional<String> experiment = Optional.ofNullable(ctx.queryParam("experiment"));
    ObjectNode answer = json.createObjectNode();
    ArrayNode list = answer.putArray("runs");
    try {
      tracking.runs(experiment).forEach(run -> list.add(summary(run)));
    } catch (TrackingNotFoundException e) {
      throw new ApiException(404, "experiment", e.getMessage());
    }
    send(ctx, answer);
  }

  private void run(Context ctx) {
    String id = ctx.pathParam("id");
    Run run;
    try {
      run = tracking.run(id);
    } catch (TrackingNotFoundException e) {
      throw new ApiException(404, "id", "no run with id '" + id + "'");
    }
    ObjectNode node = summary(run);
    node.putPOJO("params", new TreeMap<>(run.params()));
    node.putPOJO("tags", new TreeMap<>(run.tags()));
    ObjectNode metrics = node.putObject("metrics");
    for (MetricPoint m : run.metrics()) {
      ObjectNode point = metrics.putObject(m.key());
      point.put("value", m.value());
      point.put("step", m.step());
      point.put("timestamp_ms", m.timestamp());
    }
    send(ctx, node);
  }

  private ObjectNode summary(Run run) {
    ObjectNode node = json.createObjectNode();
    node.put("id", run.id());
    node.put("experiment_id", run.experimentId());
    node.put("name", run.name());
    node.put("user", run.userId());
    node.put("status", run.status().name());
    node.put("started_at", run.startTime().toString());
    node.put("ended_at", run.endTime().map(Object::toString).orElse(null));
    node.put("deleted", !run.isActive());
    return node;
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
