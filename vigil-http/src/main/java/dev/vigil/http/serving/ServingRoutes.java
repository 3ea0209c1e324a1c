package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.serving.ServedModels;
import dev.vigil.core.serving.ServedPredictions;
import dev.vigil.core.serving.ServingStats;
import dev.vigil.http.Readiness;
import dev.vigil.http.ReadinessCheck;
import dev.vigil.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Objects;

/**
 * The inference API (docs/SERVING.md): KServe V1 under {@code /v1/models/} and the Open Inference
 * Protocol (V2) under {@code /v2/}, answered by the versions {@link ServedModels} serves. Every
 * prediction gets an id and goes to {@link ServedPredictions} (monitoring) without waiting for it;
 * each request is timed in {@link ServingMetrics} and counted, answered or refused, in {@link
 * ServingStats}. Refusals are {@code {"error", "field"}} with a 4xx status: 400 naming the tensor
 * or field at fault, 404 for an unknown model or version.
 */
public final class ServingRoutes implements RouteGroup {

  private final ReadinessCheck readiness;
  private final JsonAnswers answers;
  private final V1Routes v1;
  private final V2Routes v2;

  /** Routes whose requests are counted in serving stats of their own, which nothing reads. */
  public ServingRoutes(
      ServedModels models,
      ServedPredictions predictions,
      ReadinessCheck readiness,
      ServingMetrics metrics,
      ServingSettings settings,
      ObjectMapper json,
      Clock clock) {
    this(models, predictions, readiness, metrics, new ServingStats(clock), settings, json, clock);
  }

  /**
   * @param readiness the server's readiness (the database), which {@code /v2/health/ready} reports
   * @param stats where each request of a served model is counted, answered or refused (the serving
   *     route and the alert signals read it)
   * @param clock the time of the predictions recorded
   */
  public ServingRoutes(
      ServedModels models,
      ServedPredictions predictions,
      ReadinessCheck readiness,
      ServingMetrics metrics,
      ServingStats stats,
      ServingSettings settings,
      ObjectMapper json,
      Clock clock) {
    this.readiness = Objects.requireNonNull(readiness, "readiness");
    this.answers = new JsonAnswers(Objects.requireNonNull(json, "json"));
    ModelLookup lookup = new ModelLookup(Objects.requireNonNull(models, "models"));
    Inference inference =
        new Inference(
            Objects.requireNonNull(predictions, "predictions"),
            Objects.requireNonNull(metrics, "metrics"),
            Objects.requireNonNull(stats, "stats"),
            Objects.requireNonNull(settings, "settings"),
            Objects.requireNonNull(clock, "clock"));
    this.v1 = new V1Routes(lookup, inference, answers);
    this.v2 = new V2Routes(lookup, inference, answers);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/v2", this::serverMetadata);
    routes.get("/v2/health/live", ctx -> answers.send(ctx, 200, flag("live", true)));
    routes.get("/v2/health/ready", this::serverReady);
    v1.register(routes);
    v2.register(routes);
  }

  private void serverMetadata(Context ctx) {
    ObjectNode answer = answers.mapper().createObjectNode();
    answer.put("name", "vigil");
    String version = ServingRoutes.class.getPackage().getImplementationVersion();
    answer.put("version", version == null ? "development" : version);
    answer.putArray("extensions");
    answers.send(ctx, 200, answer);
  }

  private void serverReady(Context ctx) {
    Readiness answer = readiness.check();
    ObjectNode body = flag("ready", answer.ready());
    if (!answer.ready()) {
      body.put("error", answer.reason());
    }
    answers.send(ctx, answer.ready() ? 200 : 503, body);
  }

  private ObjectNode flag(String name, boolean value) {
    return answers.mapper().createObjectNode().put(name, value);
  }
}
