package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.serving.ServedModel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * KServe's V1 protocol: {@code GET /v1/models/{name}} (is it ready) and {@code POST
 * /v1/models/{name}:predict}, each also under {@code /versions/{version}}. A prediction answers
 * {@code {"predictions": [p...]}} with the positive-class probability of each instance, as KServe's
 * {@code predict_proba} servers do for one class, and beside it the labels at the model's threshold
 * and the prediction ids (docs/SERVING.md).
 */
final class V1Routes {

  static final String MODEL = "/v1/models/{name}";
  static final String VERSION = "/v1/models/{name}/versions/{version}";
  private static final String PROTOCOL = "v1";

  private final ModelLookup models;
  private final Inference inference;
  private final JsonAnswers answers;

  V1Routes(ModelLookup models, Inference inference, JsonAnswers answers) {
    this.models = models;
    this.inference = inference;
    this.answers = answers;
  }

  void register(RoutesConfig routes) {
    routes.get(MODEL, ctx -> ready(ctx, models.current(ctx)));
    routes.get(VERSION, ctx -> ready(ctx, models.version(ctx)));
    routes.post(MODEL + ":predict", ctx -> predict(ctx, System.nanoTime(), models.current(ctx)));
    routes.post(VERSION + ":predict", ctx -> predict(ctx, System.nanoTime(), models.version(ctx)));
  }

  private void ready(Context ctx, ServedModel model) {
    ObjectNode answer = answers.mapper().createObjectNode();
    answer.put("name", model.name());
    answer.put("version", model.version());
    answer.put("ready", true);
    answers.send(ctx, 200, answer);
  }

  private void predict(Context ctx, long start, ServedModel model) {
    int rows = inference.guarded(model, () -> answerPredict(ctx, model));
    inference.answered(model, PROTOCOL, rows, start);
  }

  private int answerPredict(Context ctx, ServedModel model) {
    V1Request request = V1Request.read(answers.readObject(ctx), model, inference.maxRows());
    Scored scored = inference.score(model, request.rows(), request.clientIds(), "instances");
    ObjectNode answer = answers.mapper().createObjectNode();
    ArrayNode predictions = answer.putArray("predictions");
    ArrayNode labels = answer.putArray("labels");
    ArrayNode ids = answer.putArray("prediction_ids");
    for (int i = 0; i < scored.size(); i++) {
      predictions.add(scored.scores()[i]);
      labels.add(scored.label(i, model.threshold()));
      ids.add(scored.ids().get(i));
    }
    answer.put("model_name", model.name());
    answer.put("model_version", model.version());
    answers.send(ctx, 200, answer);
    return scored.size();
  }
}
