package dev.vigil.app.serve;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of durations in settings: a whole number and one unit, {@code s}, {@code m}, {@code
 * h} or {@code d} ({@code 90s}, {@code 5m}, {@code 2h}, {@code 7d}); a day is 24 hours.
 */
final class DurationText {

  static final String EXAMPLES = "90s, 5m, 2h or 7d";

  private static final Pattern FORM = Pattern.compile("(\\d{1,9})([smhd])");

  private DurationText() {}

  /** The duration the text names, or empty when it is not of that form. */
  static Optional<Duration> parse(String text) {
    Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(m.group(1));
    return Optional.of(
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        });
  }
}
