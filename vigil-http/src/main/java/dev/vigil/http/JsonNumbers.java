package dev.vigil.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the monitoring answers write numbers JSON cannot hold: NaN (undefined, e.g. an AUC with one
 * class) as {@code null}, ±infinity (e.g. chi-squared with a category new to one side) as the
 * strings {@code "Infinity"} and {@code "-Infinity"}, as {@code vigil drift --format json} does.
 */
final class JsonNumbers {

  private JsonNumbers() {}

  static void put(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else if (Double.isInfinite(value)) {
      node.put(field, value > 0 ? "Infinity" : "-Infinity");
    } else {
      node.put(field, value);
    }
  }

  static void put(ObjectNode node, String field, OptionalDouble value) {
    put(node, field, value.orElse(Double.NaN));
  }

  static void put(ObjectNode node, String field, Optional<String> text) {
    if (text.isPresent()) {
      node.put(field, text.get());
    } else {
      node.putNull(field);
    }
  }
}
