package dev.vigil.http.serving;

import dev.vigil.stats.drift.ColumnKind;
import java.util.Locale;

/**
 * Turns what a client sent for one input into the value a {@code Scorer} takes for the input's
 * kind: a numeric input a finite {@link Double}, a boolean input a {@link Boolean}, a categorical
 * input a {@link String}; {@code null} (and a blank string) is missing. Numbers and booleans sent
 * as text are read (a BYTES tensor carries every input as text); a boolean input takes 0 and 1; a
 * categorical input takes numbers and booleans as their text ({@code 2}, not {@code 2.0}).
 */
final class InputValues {

  private InputValues() {}

  /**
   * The value for an input of {@code kind}, from a {@link Boolean}, {@link Double}, {@link String}
   * or null.
   *
   * @throws IllegalArgumentException saying why the value does not fit (without the field, which
   *     the caller knows)
   */
  static Object forKind(ColumnKind kind, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    return switch (kind) {
      case NUMERIC -> numeric(value);
      case BOOLEAN -> bool(value);
      case CATEGORICAL -> text(value);
    };
  }

  private static Double numeric(Object value) {
    if (value instanceof Double d) {
      return finite(d);
    }
    if (value instanceof String s) {
      try {
        return finite(Double.parseDouble(s.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + s + "' is not a number (numeric input)");
      }
    }
    throw new IllegalArgumentException(value + " is not a number (numeric input)");
  }

  private static Double finite(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException(d + " is not a finite number (numeric input)");
    }
    return d;
  }

  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Double d && (d == 0 || d == 1)) {
      return d == 1;
    }
    if (value instanceof String s) {
      switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "true", "1" -> {
          return true;
        }
        case "false", "0" -> {
          return false;
        }
        default -> {}
      }
    }
    throw new IllegalArgumentException(
        describe(value) + " is not a boolean (boolean input: true, false, 1 or 0)");
  }

  private static String text(Object value) {
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? Long.toString(d.longValue())
          : Double.toString(d);
    }
    return value.toString();
  }

  private static String describe(Object value) {
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }
}
