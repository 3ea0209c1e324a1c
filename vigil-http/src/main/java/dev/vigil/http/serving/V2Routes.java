package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.serving.ServedModel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The Open Inference Protocol's model routes: metadata, readiness and infer of {@code
 * /v2/models/{name}}, each also under {@code /versions/{version}}. An answer has the outputs {@code
 * probability} (FP64, the positive class) and {@code label} (INT64, 1 at or above the model's
 * threshold), each of shape {@code [N, 1]}, or those the request asked for, and the prediction ids
 * in {@code parameters.prediction_ids}.
 */
final class V2Routes {

  static final String MODEL = "/v2/models/{name}";
  static final String VERSION = "/v2/models/{name}/versions/{version}";
  private static final String PROTOCOL = "v2";

  private final ModelLookup models;
  private final Inference inference;
  private final JsonAnswers answers;

  V2Routes(ModelLookup models, Inference inference, JsonAnswers answers) {
    this.models = models;
    this.inference = inference;
    this.answers = answers;
  }

  void register(RoutesConfig routes) {
    routes.get(MODEL, ctx -> metadata(ctx, models.current(ctx)));
    routes.get(VERSION, ctx -> metadata(ctx, models.version(ctx)));
    routes.get(MODEL + "/ready", ctx -> ready(ctx, models.current(ctx)));
    routes.get(VERSION + "/ready", ctx -> ready(ctx, models.version(ctx)));
    routes.post(MODEL + "/infer", ctx -> infer(ctx, System.nanoTime(), models.current(ctx)));
    routes.post(VERSION + "/infer", ctx -> infer(ctx, System.nanoTime(), models.version(ctx)));
  }

  private void metadata(Context ctx, ServedModel model) {
    ObjectNode answer = answers.mapper().createObjectNode();
    answer.put("name", model.name());
    answer.putArray("versions").add(model.version());
    answer.put("platform", "vigil");
    ArrayNode inputs = answer.putArray("inputs");
    model.inputs().columns().forEach(c -> tensor(inputs, c.name(), datatypeOf(c.kind().id())));
    ArrayNode outputs = answer.putArray("outputs");
    tensor(outputs, V2Request.PROBABILITY, "FP64");
    tensor(outputs, V2Request.LABEL, "INT64");
    answers.send(ctx, 200, answer);
  }

  private static String datatypeOf(String kind) {
    return switch (kind) {
      case "numeric" -> "FP64";
      case "boolean" -> "BOOL";
      default -> "BYTES";
    };
  }

  private static void tensor(ArrayNode tensors, String name, String datatype) {
    ObjectNode tensor = tensors.addObject();
    tensor.put("name", name);
    tensor.put("datatype", datatype);
    tensor.putArray("shape").add(-1).add(1);
  }

  private void ready(Context ctx, ServedModel model) {
    ObjectNode answer = answers.mapper().createObjectNode();
    answer.put("name", model.name());
    answer.put("ready", true);
    answers.send(ctx, 200, answer);
  }

  private void infer(Context ctx, long start, ServedModel model) {
    int rows = inference.guarded(model, () -> answerInfer(ctx, model));
    inference.answered(model, PROTOCOL, rows, start);
  }

  private int answerInfer(Context ctx, ServedModel model) {
    V2Request request = V2Request.read(answers.readObject(ctx), model, inference.maxRows());
    Scored scored = inference.score(model, request.rows(), request.clientIds(), "inputs");
    ObjectNode answer = answers.mapper().createObjectNode();
    answer.put("model_name", model.name());
    answer.put("model_version", model.version());
    if (request.id() != null) {
      answer.put("id", request.id());
    }
    ArrayNode ids = answer.putObject("parameters").putArray("prediction_ids");
    scored.ids().forEach(ids::add);
    ArrayNode outputs = answer.putArray("outputs");
    for (String name : request.outputs()) {
      output(outputs, name, scored, model.threshold());
    }
    answers.send(ctx, 200, answer);
    return scored.size();
  }

  private static void output(ArrayNode outputs, String name, Scored scored, double threshold) {
    boolean probability = name.equals(V2Request.PROBABILITY);
    ObjectNode tensor = outputs.addObject();
    tensor.put("name", name);
    tensor.put("datatype", probability ? "FP64" : "INT64");
    tensor.putArray("shape").add(scored.size()).add(1);
    ArrayNode data = tensor.putArray("data");
    for (int i = 0; i < scored.size(); i++) {
      if (probability) {
        data.add(scored.scores()[i]);
      } else {
        data.add(scored.label(i, threshold));
      }
    }
  }
}
