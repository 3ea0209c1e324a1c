package dev.vigil.http.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads the parts of registry requests; bad input is an IllegalArgumentException naming it. */
final class RegistryRequests {

  private RegistryRequests() {}

  /** The request body as a JSON object; an empty body reads as {@code {}}. */
  static JsonNode body(Context ctx, ObjectMapper json) {
    String text = ctx.body();
    if (text.isBlank()) {
      return json.createObjectNode();
    }
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("body must be a JSON object");
    }
    return node;
  }

  /** A version number from text: a positive integer. */
  static int version(String field, String text) {
    try {
      int version = Integer.parseInt(text == null ? "" : text.strip());
      if (version > 0) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        field + " must be a positive integer version number, was '" + text + "'");
  }

  /** An optional text field of a JSON body; a non-text value is refused. */
  static String text(JsonNode body, String field, String otherwise) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return otherwise;
    }
    if (!node.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return node.asText();
  }

  static String requiredText(JsonNode body, String field) {
    String value = text(body, field, null);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static boolean flag(JsonNode body, String field, boolean otherwise) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return otherwise;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    // MLflow's Python client sends booleans as the strings "true"/"false" in some versions.
    if (node.isTextual() && node.asText().matches("(?i)true|false")) {
      return Boolean.parseBoolean(node.asText());
    }
    throw new IllegalArgumentException(field + " must be true or false");
  }
}
