package dev.vigil.app.report;

import dev.vigil.app.drift.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the report writes numbers for people: locale-independent, so output is reproducible. */
final class Format {

  private Format() {}

  /** At most four significant digits, plain notation in the usual range; "–" for NaN. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "−∞";
    }
    double magnitude = Math.abs(value);
    if (value != 0 && (magnitude < 1e-3 || magnitude >= 1e9)) {
      return String.format(Locale.ROOT, "%.3e", value);
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** A statistic or p-value as {@code vigil drift} writes it; "–" for NaN. */
  static String statistic(double value) {
    return Double.isNaN(value) ? "–" : Numbers.statistic(value);
  }

  /** A metric in [0, 1] with three decimals; "–" for NaN. */
  static String metric(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** A share as a percentage with one decimal. */
  static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** A coordinate in an SVG drawing: two decimals are more than a screen shows. */
  static String coordinate(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A label read as a number, as the server writes it: {@code 1.0} is {@code "1"}. */
  static String label(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
