package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.http.ApiException;

/** One JSON scalar as a plain value: {@link Boolean}, {@link Double}, {@link String} or null. */
final class JsonLeaf {

  private JsonLeaf() {}

  static Object of(JsonNode node, String field) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    throw ApiException.badRequest(field, field + " must be a number, string, boolean or null");
  }
}
