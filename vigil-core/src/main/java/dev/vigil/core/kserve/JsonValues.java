package dev.vigil.core.kserve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading plain-Java JSON values (Map, List, String, Number, Boolean, null) with clear errors. */
final class JsonValues {

  private JsonValues() {}

  static List<?> list(Object value, String field) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw new KServeEventException(field, "must be a JSON array");
  }

  static Map<?, ?> object(Object value, String field) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new KServeEventException(field, "must be a JSON object");
  }

  static double probability(Object value, String field) {
    if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
      return n.doubleValue();
    }
    throw new KServeEventException(field, "must be a probability in [0, 1], was " + value);
  }

  /** A feature value as {@code PredictionRecord} keeps it: Double, String, Boolean or null. */
  static Object feature(Object value, String field) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw new KServeEventException(field, "must be a number, string, boolean or null");
  }

  /** The leaves of a possibly nested array, in row-major order (V2 data may be nested). */
  static List<Object> flattened(Object value, String field) {
    List<Object> leaves = new ArrayList<>();
    flattenInto(list(value, field), leaves);
    return leaves;
  }

  private static void flattenInto(List<?> values, List<Object> leaves) {
    for (Object v : values) {
      if (v instanceof List<?> inner) {
        flattenInto(inner, leaves);
      } else {
        leaves.add(v);
      }
    }
  }
}
