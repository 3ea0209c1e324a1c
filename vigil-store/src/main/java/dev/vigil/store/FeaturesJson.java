package dev.vigil.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON object that holds a prediction's feature values in the {@code features} column, in the
 * record's order: strings, numbers (doubles, written so that they read back exactly), booleans and
 * {@code null}.
 */
final class FeaturesJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private FeaturesJson() {}

  static String write(Map<String, Object> features) {
    StringWriter out = new StringWriter(16 * features.size() + 2);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, Object> feature : features.entrySet()) {
        json.writeFieldName(feature.getKey());
        Object value = feature.getValue();
        if (value == null) {
          json.writeNull();
        } else if (value instanceof Double d) {
          json.writeNumber(d);
        } else if (value instanceof Boolean b) {
          json.writeBoolean(b);
        } else {
          json.writeString((String) value);
        }
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write features as JSON", e);
    }
    return out.toString();
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
