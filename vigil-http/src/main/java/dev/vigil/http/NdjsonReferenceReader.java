package dev.vigil.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a reference upload in NDJSON: one JSON object a line (blank lines skipped, not counted),
 * its values strings, numbers, booleans or null. A key absent from a row is a missing value.
 */
final class NdjsonReferenceReader {

  private NdjsonReferenceReader() {}

  static void read(String text, ObjectMapper json, ReferenceUpload upload) {
    String[] lines = text.split("\r?\n");
    long index = 0;
    for (int line = 0; line < lines.length; line++) {
      if (lines[line].isBlank()) {
        continue;
      }
      upload.add(row(parse(json, lines[line], line + 1, index), index), index);
      index++;
    }
  }

  private static JsonNode parse(ObjectMapper json, String text, int line, long index) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "rows[" + index + "]", "line " + line + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      throw ApiException.badRequest(
          "rows[" + index + "]",
          "line " + line + " must be a JSON object, was " + JsonFields.kind(node));
    }
    return node;
  }

  private static Map<String, Object> row(JsonNode object, long index) {
    Map<String, Object> row = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      row.put(field.getKey(), value(field.getValue(), index, field.getKey()));
    }
    return row;
  }

  private static Object value(JsonNode node, long index, String column) {
    if (node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber() && Double.isFinite(node.doubleValue())) {
      return node.doubleValue();
    }
    throw ApiException.badRequest(
        ReferenceUpload.field(index, column),
        "must be a string, a finite number, a boolean or null, was " + JsonFields.kind(node));
  }
}
