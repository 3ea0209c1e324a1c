package dev.vigil.app.alerting;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations of alert rules in the config file, spelt as the HTTP API and docs/CONFIG.md spell
 * them: {@code 0}, or a whole number and {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}.
 * The rule itself checks the range.
 */
final class RuleDurations {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private RuleDurations() {}

  /**
   * The duration {@code text} spells.
   *
   * @throws IllegalArgumentException starting with {@code field} when it is not a duration
   */
  static Duration parse(String field, String text) {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          field + ": '" + text + "' is not a duration such as 0, 30s, 5m, 1h or 7d");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
