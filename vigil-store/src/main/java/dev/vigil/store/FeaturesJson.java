package dev.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON object that holds a prediction's feature values in the {@code features} column, in the
 * record's order: strings, numbers (doubles, written so that they read back exactly), booleans and
 * {@code null}.
 */
final class FeaturesJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FeaturesJson() {}

  /**
   * Writes by hand rather than with a Jackson generator: this runs once per stored prediction, and
   * a generator's set-up costs about as much as the writing. Doubles are written as {@link
   * Double#toString(double)} does (as Jackson does), which reads back as the same double.
   */
  static String write(Map<String, Object> features) {
    StringBuilder json = new StringBuilder(24 * features.size() + 2).append('{');
    for (Map.Entry<String, Object> feature : features.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      string(json, feature.getKey()).append(':');
      Object value = feature.getValue();
      if (value == null) {
        json.append("null");
      } else if (value instanceof Double d) {
        json.append(d.doubleValue());
      } else if (value instanceof Boolean b) {
        json.append(b.booleanValue());
      } else {
        string(json, (String) value);
      }
    }
    return json.append('}').toString();
  }

  private static StringBuilder string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }

  static Map<String, Object> read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored features are not JSON: " + json, e);
    }
    Map<String, Object> features = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> feature : root.properties()) {
      features.put(feature.getKey(), valueOf(feature.getValue()));
    }
    return features;
  }

  private static Object valueOf(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.textValue();
  }
}
