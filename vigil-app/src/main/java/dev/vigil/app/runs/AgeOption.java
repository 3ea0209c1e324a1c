package dev.vigil.app.runs;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration option such as {@code 90s}, {@code 30m}, {@code 2h} or {@code 7d}. */
final class AgeOption {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(s|m|h|d)");

  private AgeOption() {}

  /** The duration; an error naming {@code option} when the text is not one. */
  static Duration parse(String option, String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          option + ": '" + text + "' is not a duration such as 90s, 30m, 2h or 7d");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }

  /** A duration as people read it: {@code 3h 12m}, {@code 45s}, {@code 2d 1h}. */
  static String describe(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m";
    }
    if (s < 86_400) {
      return (s / 3600) + "h " + (s % 3600 / 60) + "m";
    }
    return (s / 86_400) + "d " + (s % 86_400 / 3600) + "h";
  }
}
