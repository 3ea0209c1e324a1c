package dev.vigil.http.serving;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Open Inference Protocol tensor datatypes an input tensor may have, and how one JSON element
 * of each is read: BOOL a JSON boolean, the integer types a whole number (the unsigned ones not
 * negative), FP32 and FP64 a number, BYTES a string. JSON null is a missing value in any of them.
 * FP16 is not taken (JSON clients send FP32).
 */
enum Datatype {
  BOOL,
  UINT8,
  UINT16,
  UINT32,
  UINT64,
  INT8,
  INT16,
  INT32,
  INT64,
  FP32,
  FP64,
  BYTES;

  /** The datatype named so, or null. */
  static Datatype named(String name) {
    for (Datatype d : values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  /**
   * The element as a {@link Boolean}, {@link Double}, {@link String} or null.
   *
   * @throws IllegalArgumentException saying why it is not an element of this datatype
   */
  Object read(JsonNode element) {
    if (element.isNull()) {
      return null;
    }
    switch (this) {
      case BOOL:
        if (element.isBoolean()) {
          return element.booleanValue();
        }
        break;
      case BYTES:
        if (element.isTextual()) {
          return element.textValue();
        }
        break;
      case FP32, FP64:
        if (element.isNumber()) {
          return element.doubleValue();
        }
        break;
      default:
        if (element.isNumber() && isWhole(element.doubleValue())) {
          return element.doubleValue();
        }
    }
    throw new IllegalArgumentException(element + " is not a " + this + " value");
  }

  private boolean isWhole(double value) {
    boolean unsigned = name().startsWith("U");
    return value == Math.rint(value) && !(unsigned && value < 0);
  }
}
