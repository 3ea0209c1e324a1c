package dev.vigil.core.event;

import dev.vigil.core.model.MonitoredModel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One prediction a monitored model made: which model and version, when, on which feature values,
 * with which score.
 *
 * <p>Invariants: the model name is a valid {@link MonitoredModel} name; the prediction id is 1-200
 * characters of {@code [A-Za-z0-9_.:#-]} (a UUID or a KServe {@code ce-id} fits) and, with the
 * model name, identifies the prediction; the model version is not blank and at most 64 characters;
 * the event time is whole microseconds (the precision both stores keep); feature names are not
 * blank and their values are a {@link String}, a finite {@link Double}, a {@link Boolean} or {@code
 * null} (missing), kept in the order given; the score is in [0, 1].
 */
public record PredictionRecord(
    String modelName,
    String predictionId,
    String modelVersion,
    Instant eventTime,
    Map<String, Object> features,
    double score) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:#-]{1,200}");
  private static final int MAX_VERSION_LENGTH = 64;

  public PredictionRecord {
    requireValidModelName(modelName);
    requireValidId(predictionId);
    requireValidVersion(modelVersion);
    eventTime = Objects.requireNonNull(eventTime, "eventTime").truncatedTo(ChronoUnit.MICROS);
    features = checkedFeatures(features);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], was " + score);
    }
  }

  /** The id itself when valid; an error naming the field and the rule otherwise. */
  public static String requireValidId(String predictionId) {
    Objects.requireNonNull(predictionId, "predictionId");
    if (!ID.matcher(predictionId).matches()) {
      throw new IllegalArgumentException(
          "predictionId must be 1-200 characters of letters, digits, '_', '.', ':', '#' or '-', was '"
              + predictionId
              + "'");
    }
    return predictionId;
  }

  /** The model name itself when valid; an error naming the field {@code modelName} otherwise. */
  static String requireValidModelName(String modelName) {
    Objects.requireNonNull(modelName, "modelName");
    try {
      return MonitoredModel.requireValidName(modelName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("modelName: " + e.getMessage(), e);
    }
  }

  private static void requireValidVersion(String modelVersion) {
    Objects.requireNonNull(modelVersion, "modelVersion");
    if (modelVersion.isBlank() || modelVersion.length() > MAX_VERSION_LENGTH) {
      throw new IllegalArgumentException(
          "modelVersion must be 1-64 characters and not blank, was '" + modelVersion + "'");
    }
  }

  private static Map<String, Object> checkedFeatures(Map<String, Object> features) {
    Objects.requireNonNull(features, "features");
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> feature : features.entrySet()) {
      String name = feature.getKey();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("features: a feature name is blank");
      }
      copy.put(name, checkedValue(name, feature.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object checkedValue(String name, Object value) {
    if (value instanceof Double d && !Double.isFinite(d)) {
      throw new IllegalArgumentException("features." + name + " must be finite, was " + d);
    }
    if (value == null
        || value instanceof String
        || value instanceof Double
        || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException(
        "features."
            + name
            + " must be a String, Double, Boolean or null, was a "
            + value.getClass().getSimpleName());
  }
}
