package dev.vigil.models;

import java.util.Locale;

/**
 * How a raw value is read for each input kind (docs/MODELS.md, "Raw values"). Null and blank
 * strings are missing. A numeric input takes any finite {@link Number}, or a string holding a
 * finite decimal number (KServe V1 clients sometimes send numbers as strings); a boolean input
 * takes a {@link Boolean}, {@code "true"}/{@code "false"} in any case, or the numbers 0 and 1; a
 * categorical input takes a string, or a boolean or number matched by its text ({@code "true"},
 * {@code "3"}, {@code "2.5"}).
 */
final class FeatureValues {

  private FeatureValues() {}

  static boolean isMissing(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }

  /** The number, NaN when missing. */
  static double numeric(Object value, String input, int row) {
    if (isMissing(value)) {
      return Double.NaN;
    }
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else if (value instanceof String s) {
      number = parse(s, input, row);
    } else {
      throw wrongType(value, "a number", input, row);
    }
    if (!Double.isFinite(number)) {
      throw new InvalidFeatureException(
          input, row, "a number must be finite, was " + number + " (send null for missing)");
    }
    return number;
  }

  private static double parse(String text, String input, int row) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw wrongType(text, "a number", input, row);
    }
  }

  /** 1 for true, 0 for false, NaN when missing. */
  static float bool(Object value, String input, int row) {
    if (isMissing(value)) {
      return Float.NaN;
    }
    if (value instanceof Boolean b) {
      return b ? 1f : 0f;
    }
    if (value instanceof String s) {
      String text = s.strip().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return text.equals("true") ? 1f : 0f;
      }
    }
    if (value instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
      return (float) n.doubleValue();
    }
    throw wrongType(value, "true or false", input, row);
  }

  /** The category text, null when missing. */
  static String category(Object value, String input, int row) {
    if (isMissing(value)) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
      double d = n.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
    throw wrongType(value, "a category (text)", input, row);
  }

  private static InvalidFeatureException wrongType(
      Object value, String expected, String input, int row) {
    String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    return new InvalidFeatureException(
        input,
        row,
        "expected " + expected + ", got " + value.getClass().getSimpleName() + " " + shown);
  }
}
