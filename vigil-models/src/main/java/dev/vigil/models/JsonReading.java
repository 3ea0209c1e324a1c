package dev.vigil.models;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads fields of a JSON document with errors that name the field's path. */
final class JsonReading {

  private JsonReading() {}

  static JsonNode required(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(path + field + ": required");
    }
    return value;
  }

  static String text(JsonNode node, String field, String path) {
    JsonNode value = required(node, field, path);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(path + field + ": expected a string, got " + value);
    }
    return value.asText();
  }

  static double number(JsonNode node, String field, String path) {
    JsonNode value = required(node, field, path);
    if (!value.isNumber()) {
      throw new IllegalArgumentException(path + field + ": expected a number, got " + value);
    }
    return value.asDouble();
  }

  static JsonNode array(JsonNode node, String field, String path) {
    JsonNode value = required(node, field, path);
    if (!value.isArray()) {
      throw new IllegalArgumentException(path + field + ": expected an array, got " + value);
    }
    return value;
  }

  static JsonNode object(JsonNode node, String field, String path) {
    JsonNode value = required(node, field, path);
    if (!value.isObject()) {
      throw new IllegalArgumentException(path + field + ": expected an object, got " + value);
    }
    return value;
  }
}
