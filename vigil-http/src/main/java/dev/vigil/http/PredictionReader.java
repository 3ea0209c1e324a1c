package dev.vigil.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.event.PredictionRecord;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns record {@code i} of {@code POST /api/v1/models/{name}/predictions} into a {@link
 * PredictionRecord}: a missing id becomes a random UUID, a missing timestamp the time of the
 * request; JSON numbers become {@code Double}. Feature values are only checked for their JSON type
 * (string, number, boolean or null): whether they fit the model's schema is a data-quality matter,
 * counted later in windows, not a reason to refuse the record.
 */
final class PredictionReader {

  private static final Set<String> FIELDS =
      Set.of("id", "timestamp", "features", "score", "model_version");

  private final String modelName;
  private final Instant now;
  private final int maxFeatures;

  PredictionReader(String modelName, Instant now, int maxFeatures) {
    this.modelName = modelName;
    this.now = now;
    this.maxFeatures = maxFeatures;
  }

  PredictionRecord read(JsonNode record, int index) {
    RecordFields.requireObject(record, index);
    String prefix = RecordFields.prefix(index);
    JsonFields fields = new JsonFields(record, prefix).onlyKnown(FIELDS);
    String id = fields.has("id") ? fields.text("id") : UUID.randomUUID().toString();
    Instant time = RecordFields.timestamp(fields, now);
    Map<String, Object> features = features(fields);
    double score = fields.number("score");
    String version = version(fields);
    return RecordFields.build(
        () -> new PredictionRecord(modelName, id, version, time, features, score), prefix, "id");
  }

  private static String version(JsonFields fields) {
    JsonNode node = fields.required("model_version");
    if (!(node.isTextual() || node.isIntegralNumber())) {
      throw ApiException.badRequest(
          fields.path("model_version"),
          "must be a string or an integer, was " + JsonFields.kind(node));
    }
    return node.asText();
  }

  private Map<String, Object> features(JsonFields fields) {
    JsonNode node = fields.required("features");
    String path = fields.path("features");
    if (!node.isObject()) {
      throw ApiException.badRequest(path, "must be an object, was " + JsonFields.kind(node));
    }
    if (node.size() > maxFeatures) {
      throw ApiException.badRequest(
          path, "more than " + maxFeatures + " features (" + node.size() + ")");
    }
    Map<String, Object> features = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> feature = it.next();
      features.put(feature.getKey(), value(feature.getValue(), path + "." + feature.getKey()));
    }
    return features;
  }

  private static Object value(JsonNode value, String path) {
    if (value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    throw ApiException.badRequest(
        path, "must be a string, a number, a boolean or null, was " + JsonFields.kind(value));
  }
}
