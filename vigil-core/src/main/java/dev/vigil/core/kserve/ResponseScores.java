package dev.vigil.core.kserve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The positive-class probabilities of an inference response, one per request row: V1 {@code
 * {"predictions": [...]}} whose items are a probability or a {@code [p0, p1]} pair (p1 is taken),
 * or V2 {@code {"outputs": [...]}} from the output named like a probability ({@link
 * #PROBABILITY_OUTPUTS}) or the only output, of shape {@code [n]}, {@code [n, 1]} or {@code [n, 2]}
 * (column 1 is taken).
 */
final class ResponseScores {

  static final Set<String> PROBABILITY_OUTPUTS =
      Set.of("probabilities", "probability", "predict_proba", "proba", "scores", "score");

  private ResponseScores() {}

  static List<Double> of(Map<String, Object> body) {
    if (body.containsKey("predictions")) {
      List<?> predictions = JsonValues.list(body.get("predictions"), "predictions");
      List<Double> scores = new ArrayList<>(predictions.size());
      for (int i = 0; i < predictions.size(); i++) {
        scores.add(scoreOf(predictions.get(i), "predictions[" + i + "]"));
      }
      return scores;
    }
    if (body.containsKey("outputs")) {
      return v2(JsonValues.list(body.get("outputs"), "outputs"));
    }
    throw new KServeEventException(
        "body", "a response must have \"predictions\" (V1) or \"outputs\" (V2)");
  }

  /** The V2 response's {@code model_version}, if it names one. */
  static String modelVersion(Map<String, Object> body) {
    Object version = body.get("model_version");
    return version instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  private static double scoreOf(Object prediction, String field) {
    if (prediction instanceof List<?> pair) {
      if (pair.size() != 2) {
        throw new KServeEventException(
            field, "a list of class probabilities must be [p0, p1], had " + pair.size() + " items");
      }
      return JsonValues.probability(pair.get(1), field + "[1]");
    }
    return JsonValues.probability(prediction, field);
  }

  private static List<Double> v2(List<?> outputs) {
    int chosen = -1;
    for (int i = 0; i < outputs.size(); i++) {
      Map<?, ?> output = JsonValues.object(outputs.get(i), "outputs[" + i + "]");
      if (PROBABILITY_OUTPUTS.contains(String.valueOf(output.get("name")))) {
        chosen = i;
        break;
      }
    }
    if (chosen < 0 && outputs.size() == 1) {
      chosen = 0;
    }
    if (chosen < 0) {
      throw new KServeEventException(
          "outputs",
          "no output is named like a probability "
              + PROBABILITY_OUTPUTS
              + " and there is more than one output");
    }
    String field = "outputs[" + chosen + "]";
    Map<?, ?> output = (Map<?, ?>) outputs.get(chosen);
    List<Object> data = JsonValues.flattened(output.get("data"), field + ".data");
    List<?> shape = JsonValues.list(output.get("shape"), field + ".shape");
    int width = shape.size() == 2 && shape.get(1) instanceof Number w ? w.intValue() : 1;
    if (width != 1 && width != 2 || data.size() % width != 0) {
      throw new KServeEventException(
          field + ".shape", "must be [n], [n, 1] or [n, 2], was " + shape);
    }
    List<Double> scores = new ArrayList<>(data.size() / width);
    for (int r = 0; r < data.size() / width; r++) {
      int at = r * width + width - 1;
      scores.add(JsonValues.probability(data.get(at), field + ".data[" + at + "]"));
    }
    return scores;
  }
}
