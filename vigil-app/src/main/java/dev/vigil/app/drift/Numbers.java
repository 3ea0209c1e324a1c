package dev.vigil.app.drift;

import java.math.BigDecimal;
import java.util.Locale;

/** How statistics, p-values and shares are written for people. */
public final class Numbers {

  private Numbers() {}

  /** Four decimals in the usual range, scientific notation for tiny or huge values. */
  public static String statistic(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    double magnitude = Math.abs(value);
    if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e6)) {
      return String.format(Locale.ROOT, "%.4f", value);
    }
    return String.format(Locale.ROOT, "%.3e", value);
  }

  /** A threshold as given: without trailing zeros. */
  static String plain(double value) {
    if (!Double.isFinite(value)) {
      return statistic(value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** A measured share as a percentage with one decimal, e.g. {@code 20.0%}. */
  static String share(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /**
   * A configured share as a percentage with at most one decimal, e.g. {@code 12.5%}, {@code 50%}.
   */
  static String percent(double share) {
    return plain(Math.round(share * 1000) / 10.0) + "%";
  }
}
