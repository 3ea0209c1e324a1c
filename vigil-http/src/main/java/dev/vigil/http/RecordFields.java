package dev.vigil.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the prediction and label readers share: record {@code i} must be a JSON object, its fields
 * are named {@code records[i].field}, its optional {@code timestamp} is an ISO-8601 time with an
 * offset, and the messages of the domain records ({@code "score must be in [0, 1]"}) are turned
 * into 400s naming the API field.
 */
final class RecordFields {

  private static final Map<String, String> API_NAMES =
      Map.of(
          "predictionId", "id",
          "modelVersion", "model_version",
          "score", "score",
          "features", "features",
          "label", "label");

  private RecordFields() {}

  static String prefix(int index) {
    return "records[" + index + "].";
  }

  static JsonNode requireObject(JsonNode record, int index) {
    if (!record.isObject()) {
      throw ApiException.badRequest(
          "records[" + index + "]", "must be an object, was " + JsonFields.kind(record));
    }
    return record;
  }

  static Instant timestamp(JsonFields fields, Instant now) {
    if (!fields.has("timestamp")) {
      return now;
    }
    String text = fields.text("timestamp");
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          fields.path("timestamp"),
          "must be an ISO-8601 time with an offset (2026-11-01T10:00:00Z), was '" + text + "'");
    }
  }

  /** Builds a domain record, naming the API field of any rule it breaks. */
  static <T> T build(Supplier<T> constructor, String prefix, String idField) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "invalid record" : e.getMessage();
      String field = apiField(message, idField);
      String leading = message.split("[ :]", 2)[0];
      throw ApiException.badRequest(
          prefix + field,
          field.startsWith("features.") ? message : field + message.substring(leading.length()));
    }
  }

  private static String apiField(String message, String idField) {
    if (message.startsWith("features.")) {
      // "features.Age must be finite": the feature named up to the first space.
      return message.split(" ", 2)[0];
    }
    String leading = message.split("[ :]", 2)[0];
    String name = API_NAMES.getOrDefault(leading, leading);
    return name.equals("id") ? idField : name;
  }
}
