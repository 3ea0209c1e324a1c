package dev.vigil.app.traffic;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people type them: a non-negative decimal number and a unit, {@code ms}, {@code s},
 * {@code m}, {@code h}, {@code d} (24 h) or {@code w} (7 d), as {@code 500ms}, {@code 90s}, {@code
 * 1.5h}, {@code 3d}; {@code 0} alone is zero. ISO-8601 ({@code PT2H}) is read too.
 */
public final class DurationText {

  private static final Pattern NUMBER_UNIT =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)");
  private static final Map<String, Long> NANOS_PER_UNIT =
      Map.of(
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L,
          "d", 86_400_000_000_000L,
          "w", 604_800_000_000_000L);

  private DurationText() {}

  /**
   * @throws IllegalArgumentException saying what was expected, when the text is not a duration
   */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.equals("0")) {
      return Duration.ZERO;
    }
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        Duration iso = Duration.parse(trimmed);
        if (!iso.isNegative()) {
          return iso;
        }
      } catch (java.time.format.DateTimeParseException e) {
        // falls through to the refusal below
      }
      throw refusal(text);
    }
    Matcher m = NUMBER_UNIT.matcher(trimmed);
    if (!m.matches()) {
      throw refusal(text);
    }
    BigDecimal nanos =
        new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(m.group(2))));
    if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException("'" + text + "' is too long a duration");
    }
    return Duration.ofNanos(nanos.longValue());
  }

  /** The duration in the largest unit that keeps it short, e.g. {@code 90m} as {@code 1.5h}. */
  public static String format(Duration duration) {
    long nanos = duration.toNanos();
    for (String unit : new String[] {"w", "d", "h", "m", "s", "ms"}) {
      long per = NANOS_PER_UNIT.get(unit);
      if (nanos >= per) {
        BigDecimal value =
            BigDecimal.valueOf(nanos)
                .divide(BigDecimal.valueOf(per), 3, java.math.RoundingMode.HALF_EVEN);
        return value.stripTrailingZeros().toPlainString() + unit;
      }
    }
    return nanos == 0 ? "0s" : nanos + "ns";
  }

  private static IllegalArgumentException refusal(String text) {
    return new IllegalArgumentException(
        "'"
            + text
            + "' is not a duration: a number and a unit (ms, s, m, h, d, w), e.g. 30s, 1.5h, 3d");
  }
}
