package dev.vigil.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.detector.DetectorChoices;
import dev.vigil.core.detector.ModelDetectors;
import dev.vigil.core.detector.StreamDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code detectors} block of a YAML config file: per model, the detector of its score
 * stream, of its error stream and of chosen numeric features (docs/DETECTORS.md):
 *
 * <pre>
 * detectors:
 *   - model: churn
 *     score: page-hinkley                                # or {method: ..., parameters: {...}}
 *     error: {method: eddm}
 *     features:
 *       - {feature: Age, method: kswin, parameters: {alpha: 0.001}}
 *       - {feature: Balance, method: adwin}
 * </pre>
 *
 * {@code score} and {@code error} default to ADWIN and DDM, {@code features} to none; parameters
 * not given take River's defaults. Every refusal names the entry's index and field ({@code
 * detectors[0].features[1].method: ...}), unknown keys included.
 */
public final class YamlDetectors {

  private static final List<String> MODEL_KEYS = List.of("model", "score", "error", "features");
  private static final List<String> STREAM_KEYS = List.of("method", "parameters");
  private static final List<String> FEATURE_KEYS = List.of("feature", "method", "parameters");

  private YamlDetectors() {}

  /** The choices of the file's {@code detectors} block; the defaults without the block. */
  public static DetectorChoices read(Path file) {
    try {
      return parse(YamlSettings.root(file).path(YamlSettings.DETECTORS_KEY));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getMessage(), e);
    }
  }

  static DetectorChoices parse(JsonNode block) {
    if (block.isMissingNode() || block.isNull()) {
      return DetectorChoices.DEFAULTS;
    }
    if (!block.isArray()) {
      throw new IllegalArgumentException(
          "detectors must be a list of {model, score, error, features}");
    }
    Map<String, ModelDetectors> models = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < block.size(); i++) {
      String path = "detectors[" + i + "]";
      JsonNode entry = mapping(block.get(i), path, MODEL_KEYS);
      String model = text(entry.path("model"), path + ".model");
      Integer first = seen.putIfAbsent(model, i);
      if (first != null) {
        throw new IllegalArgumentException(
            path + ".model: '" + model + "' is also detectors[" + first + "]");
      }
      models.put(model, model(entry, path));
    }
    return new DetectorChoices(models);
  }

  private static ModelDetectors model(JsonNode entry, String path) {
    StreamDetector score = stream(entry.path("score"), path + ".score", DetectorMethod.ADWIN);
    StreamDetector error = stream(entry.path("error"), path + ".error", DetectorMethod.DDM);
    Map<String, StreamDetector> features = features(entry.path("features"), path + ".features");
    try {
      return new ModelDetectors(score, error, features);
    } catch (IllegalArgumentException e) {
      // ModelDetectors names score or features.NAME; the file's spelling is the index's.
      throw new IllegalArgumentException(path + "." + e.getMessage(), e);
    }
  }

  /** A method's id, or {method, parameters}; {@code absent} when the key is not given. */
  private static StreamDetector stream(JsonNode node, String path, DetectorMethod absent) {
    if (node.isMissingNode() || node.isNull()) {
      return StreamDetector.of(absent);
    }
    if (node.isTextual()) {
      return new StreamDetector(method(node, path), DetectorParameters.none());
    }
    JsonNode entry = mapping(node, path, STREAM_KEYS);
    return detector(entry, path);
  }

  private static Map<String, StreamDetector> features(JsonNode node, String path) {
    Map<String, StreamDetector> features = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return features;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(path + " must be a list of {feature, method, parameters}");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode entry = mapping(node.get(i), at, FEATURE_KEYS);
      String feature = text(entry.path("feature"), at + ".feature");
      Integer first = seen.putIfAbsent(feature, i);
      if (first != null) {
        throw new IllegalArgumentException(
            at + ".feature: '" + feature + "' is also features[" + first + "]");
      }
      StreamDetector detector = detector(entry, at);
      if (detector.method().errorStream()) {
        throw new IllegalArgumentException(
            at + ".method: " + detector.method().id() + " takes a 0/1 error stream, not values");
      }
      features.put(feature, detector);
    }
    return features;
  }

  private static StreamDetector detector(JsonNode entry, String path) {
    DetectorMethod method = method(entry.path("method"), path + ".method");
    DetectorParameters parameters = parameters(entry.path("parameters"), path + ".parameters");
    try {
      return new StreamDetector(method, parameters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ".parameters: " + e.getMessage(), e);
    }
  }

  private static DetectorMethod method(JsonNode node, String path) {
    try {
      return DetectorMethod.fromId(text(node, path));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage().startsWith(path) ? e.getMessage() : path + ": " + e.getMessage(), e);
    }
  }

  private static DetectorParameters parameters(JsonNode node, String path) {
    Map<String, Double> values = new TreeMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return DetectorParameters.none();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + " must be a mapping of names to numbers");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw new IllegalArgumentException(path + "." + e.getKey() + ": must be a number");
      }
      values.put(e.getKey(), e.getValue().doubleValue());
    }
    return new DetectorParameters(values);
  }

  private static JsonNode mapping(JsonNode node, String path, List<String> keys) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + " must be a mapping of " + keys);
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(path + "." + key + ": unknown key; known: " + keys);
      }
    }
    return node;
  }

  private static String text(JsonNode node, String path) {
    if (node.isMissingNode() || node.isNull()) {
      throw new IllegalArgumentException(path + ": required");
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      throw new IllegalArgumentException(path + ": must be non-blank text");
    }
    return node.textValue();
  }
}
