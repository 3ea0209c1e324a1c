package dev.vigil.core.window;

/**
 * The text of a feature value where a category is needed (categorical and boolean columns, segment
 * values, reference targets), so that the same value gives the same category whichever way it
 * arrived: a JSON {@code 1}, a CSV cell {@code 1} and the string {@code "1"} are all {@code "1"}.
 */
final class FeatureText {

  /** What a segment holds when the record has no value for its column. */
  static final String MISSING_SEGMENT = "(missing)";

  // Doubles hold every integer of magnitude up to 2^53 exactly, so these print as integers.
  private static final double LARGEST_EXACT_INTEGER = 9_007_199_254_740_992.0;
  private static final int MAX_SEGMENT_LENGTH = 200;

  private FeatureText() {}

  /**
   * A String as it is, a Boolean as {@code true}/{@code false}, a Double by {@link #number}; null
   * for null and for any other type.
   */
  static String of(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (value instanceof Double d) {
      return number(d);
    }
    return null;
  }

  /**
   * A whole number of magnitude at most 2^53 without a fraction ({@code 1.0} is {@code "1"}, {@code
   * -0.0} is {@code "0"}); any other number as {@link Double#toString} writes it ({@code "2.5"},
   * {@code "1.0E-5"}, {@code "1.0E20"}).
   */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT_INTEGER) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /**
   * The segment value of a feature value: its text cut to 200 characters, or {@code (missing)} for
   * null, a blank string or a value of no known type.
   */
  static String segmentValue(Object value) {
    String text = of(value);
    if (text == null || text.isBlank()) {
      return MISSING_SEGMENT;
    }
    if (text.length() <= MAX_SEGMENT_LENGTH) {
      return text;
    }
    // Never split a surrogate pair: the cut text must stay valid UTF-16.
    int end =
        Character.isHighSurrogate(text.charAt(MAX_SEGMENT_LENGTH - 1))
            ? MAX_SEGMENT_LENGTH - 1
            : MAX_SEGMENT_LENGTH;
    return text.substring(0, end);
  }
}
