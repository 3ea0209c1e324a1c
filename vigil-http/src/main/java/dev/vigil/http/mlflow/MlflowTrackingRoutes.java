package dev.vigil.http.mlflow;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.ExperimentAlreadyExistsException;
import dev.vigil.core.tracking.ExperimentSearch;
import dev.vigil.core.tracking.Page;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.tracking.TrackingNotFoundException;
import dev.vigil.core.tracking.ViewType;
import dev.vigil.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * MLflow's tracking REST API under {@value #PREFIX} (experiments, runs, metric history) over {@link
 * Tracking}, in MLflow's JSON shapes, so MLflow's clients work against Vigil. Refusals answer
 * MLflow's {@code {"error_code", "message"}}: RESOURCE_DOES_NOT_EXIST (404),
 * RESOURCE_ALREADY_EXISTS and INVALID_PARAMETER_VALUE (400). Artifacts are not served.
 */
public final class MlflowTrackingRoutes implements RouteGroup {

  static final String PREFIX = "/api/2.0/mlflow/";

  private final Tracking tracking;
  private final ObjectMapper json;
  private final MlflowTrackingJson writer;
  private final MlflowRunHandlers runs;

  public MlflowTrackingRoutes(Tracking tracking) {
    this.tracking = tracking;
    // Python's json module writes NaN and Infinity as bare tokens.
    this.json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    this.writer = new MlflowTrackingJson(json);
    this.runs = new MlflowRunHandlers(tracking, writer);
  }

  @Override
  public void register(RoutesConfig routes) {
    post(routes, "experiments/create", this::createExperiment);
    get(routes, "experiments/get", this::getExperiment);
    get(routes, "experiments/get-by-name", this::getExperimentByName);
    post(routes, "experiments/search", this::searchExperiments);
    get(routes, "experiments/search", this::searchExperiments);
    post(routes, "experiments/delete", r -> done(() -> tracking.deleteExperiment(id(r))));
    post(routes, "experiments/restore", r -> done(() -> tracking.restoreExperiment(id(r))));
    post(
        routes,
        "experiments/update",
        r -> done(() -> tracking.renameExperiment(id(r), r.required("new_name"))));
    post(
        routes,
        "experiments/set-experiment-tag",
        r ->
            done(
                () ->
                    tracking.setExperimentTag(
                        id(r), r.required("key"), r.text("value").orElse(""))));
    post(routes, "runs/create", runs::create);
    get(routes, "runs/get", runs::get);
    post(routes, "runs/update", runs::update);
    post(routes, "runs/delete", r -> done(() -> tracking.deleteRun(r.runId())));
    post(routes, "runs/restore", r -> done(() -> tracking.restoreRun(r.runId())));
    post(routes, "runs/search", runs::search);
    post(routes, "runs/log-metric", runs::logMetric);
    post(routes, "runs/log-parameter", runs::logParam);
    post(routes, "runs/log-batch", runs::logBatch);
    post(routes, "runs/set-tag", runs::setTag);
    post(routes, "runs/delete-tag", runs::deleteTag);
    get(routes, "metrics/get-history", runs::metricHistory);
  }

  private ObjectNode createExperiment(MlflowTrackingRequest r) {
    Experiment created =
        tracking.createExperiment(
            r.required("name"),
            r.text("artifact_location").filter(l -> !l.isEmpty()),
            r.keyValues("tags"));
    return writer.object().put("experiment_id", created.id());
  }

  private ObjectNode getExperiment(MlflowTrackingRequest r) {
    ObjectNode answer = writer.object();
    answer.set("experiment", writer.experiment(tracking.experiment(id(r))));
    return answer;
  }

  private ObjectNode getExperimentByName(MlflowTrackingRequest r) {
    String name = r.required("experiment_name");
    Experiment found =
        tracking
            .experimentByName(name)
            .orElseThrow(
                () ->
                    new MlflowException(
                        MlflowErrorCode.RESOURCE_DOES_NOT_EXIST,
                        "Could not find experiment with name '" + name + "'"));
    ObjectNode answer = writer.object();
    answer.set("experiment", writer.experiment(found));
    return answer;
  }

  private ObjectNode searchExperiments(MlflowTrackingRequest r) {
    Page<Experiment> page =
        tracking.searchExperiments(
            new ExperimentSearch(
                ViewType.parse(r.text("view_type").orElse(null), "view_type"),
                r.text("filter").orElse(null),
                r.maxResults(ExperimentSearch.DEFAULT_MAX_RESULTS),
                r.texts("order_by"),
                r.text("page_token").orElse(null)));
    ObjectNode answer = writer.object();
    ArrayNode experiments = answer.putArray("experiments");
    page.items().forEach(e -> experiments.add(writer.experiment(e)));
    page.nextPageToken().ifPresent(t -> answer.put("next_page_token", t));
    return answer;
  }

  private static String id(MlflowTrackingRequest r) {
    return r.required("experiment_id");
  }

  private ObjectNode done(Runnable action) {
    action.run();
    return writer.object();
  }

  /** A handler of one endpoint: reads the request, answers MLflow's response message. */
  @FunctionalInterface
  interface Endpoint {
    ObjectNode answer(MlflowTrackingRequest request);
  }

  private void post(RoutesConfig routes, String path, Endpoint endpoint) {
    routes.post(PREFIX + path, ctx -> handle(ctx, endpoint));
  }

  private void get(RoutesConfig routes, String path, Endpoint endpoint) {
    routes.get(PREFIX + path, ctx -> handle(ctx, endpoint));
  }

  /** The one place where the domain's refusals become MLflow's error codes. */
  private void handle(Context ctx, Endpoint endpoint) {
    ObjectNode answer;
    try {
      answer = endpoint.answer(MlflowTrackingRequest.of(ctx, json));
    } catch (TrackingNotFoundException e) {
      throw new MlflowException(MlflowErrorCode.RESOURCE_DOES_NOT_EXIST, e.getMessage());
    } catch (ExperimentAlreadyExistsException e) {
      throw new MlflowException(MlflowErrorCode.RESOURCE_ALREADY_EXISTS, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new MlflowException(MlflowErrorCode.INVALID_PARAMETER_VALUE, e.getMessage());
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  static Optional<String> nonEmpty(Optional<String> text) {
    return text.filter(t -> !t.isEmpty());
  }
}
