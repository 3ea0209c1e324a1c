package dev.vigil.http.alerting;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the API writes them, the way docs/CONFIG.md spells them: a whole number and a unit
 * ({@code ms}, {@code s}, {@code m}, {@code h}, {@code d}), or {@code 0}. Written back in the
 * largest unit that holds the duration exactly ({@code 90m}, {@code 4h}), zero as {@code 0}.
 */
public final class DurationText {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private DurationText() {}

  /**
   * The duration {@code text} spells.
   *
   * @throws IllegalArgumentException starting with {@code field} when it is not a duration
   */
  public static Duration parse(String field, String text) {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = DURATION.matcher(text);
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

  /** {@code duration} in the largest unit that holds it exactly. */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0";
    }
    long millis = duration.toMillis();
    if (millis % Duration.ofDays(1).toMillis() == 0) {
      return duration.toDays() + "d";
    }
    if (millis % Duration.ofHours(1).toMillis() == 0) {
      return duration.toHours() + "h";
    }
    if (millis % Duration.ofMinutes(1).toMillis() == 0) {
      return duration.toMinutes() + "m";
    }
    return millis % 1000 == 0 ? duration.toSeconds() + "s" : millis + "ms";
  }
}
