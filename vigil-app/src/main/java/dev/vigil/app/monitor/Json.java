package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON has no NaN: undefined numbers are written as {@code null}. */
final class Json {

  private Json() {}

  static ObjectNode put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
    return node;
  }
}
