package dev.vigil.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed access to the fields of a JSON object in a request, each failure an {@link ApiException}
 * (400) naming the field by its path ({@code schema[1].type}).
 */
final class JsonFields {

  private final JsonNode object;
  private final String prefix;

  JsonFields(JsonNode object, String prefix) {
    this.object = object;
    this.prefix = prefix;
  }

  /** Refuses any field not in {@code known}, so a misspelt optional field is not silently lost. */
  JsonFields onlyKnown(Set<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ApiException.badRequest(path(name), "unknown field; expected one of " + known);
      }
    }
    return this;
  }

  String path(String field) {
    return prefix + field;
  }

  boolean has(String field) {
    return object.hasNonNull(field);
  }

  JsonNode required(String field) {
    if (!has(field)) {
      throw ApiException.badRequest(path(field), "missing required field");
    }
    return object.get(field);
  }

  String text(String field) {
    JsonNode node = required(field);
    if (!node.isTextual()) {
      throw ApiException.badRequest(path(field), "must be a string, was " + kind(node));
    }
    return node.textValue();
  }

  double number(String field) {
    JsonNode node = required(field);
    if (!node.isNumber()) {
      throw ApiException.badRequest(path(field), "must be a number, was " + kind(node));
    }
    return node.doubleValue();
  }

  List<JsonNode> array(String field) {
    JsonNode node = required(field);
    if (!node.isArray()) {
      throw ApiException.badRequest(path(field), "must be an array, was " + kind(node));
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  List<String> texts(String field) {
    List<String> values = new ArrayList<>();
    List<JsonNode> items = array(field);
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isTextual()) {
        throw ApiException.badRequest(
            path(field) + "[" + i + "]", "must be a string, was " + kind(items.get(i)));
      }
      values.add(items.get(i).textValue());
    }
    return values;
  }

  /**
   * Label values as the text clients will send them: strings as they are, integers and booleans in
   * their JSON spelling ({@code 1}, {@code true}).
   */
  List<String> labelValues(String field) {
    List<String> values = new ArrayList<>();
    List<JsonNode> items = array(field);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!(item.isTextual() || item.isIntegralNumber() || item.isBoolean())) {
        throw ApiException.badRequest(
            path(field) + "[" + i + "]",
            "must be a string, an integer or a boolean, was " + kind(item));
      }
      values.add(item.asText());
    }
    return values;
  }

  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }
}
