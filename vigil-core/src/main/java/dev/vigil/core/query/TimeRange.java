package dev.vigil.core.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a monitoring query covers: base windows whose start is in {@code [from, to)}.
 *
 * <p>Invariants: {@code from} is before {@code to}, and the range is at most {@link #MAX_LENGTH}
 * (400 days), so a query reads a bounded number of windows.
 */
public record TimeRange(Instant from, Instant to) {

  /** The longest range a query may cover. */
  public static final Duration MAX_LENGTH = Duration.ofDays(400);

  /** The range of a query that gives no {@code from}. */
  public static final Duration DEFAULT_LENGTH = Duration.ofHours(24);

  public TimeRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("to must be after from, were " + from + " and " + to);
    }
    if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
      throw new IllegalArgumentException(
          "from: the range from " + from + " to " + to + " is longer than 400 days");
    }
  }

  /**
   * The range of a query's {@code from} and {@code to} (ISO-8601 instants with an offset, such as
   * {@code 2026-11-01T00:00:00Z}): {@code to} defaults to now, {@code from} to 24 hours before
   * {@code to}.
   *
   * @throws IllegalArgumentException naming {@code from} or {@code to}
   */
  public static TimeRange resolve(Optional<String> from, Optional<String> to, Clock clock) {
    Instant end = to.map(text -> parse("to", text)).orElseGet(clock::instant);
    Instant start =
        from.map(text -> parse("from", text)).orElseGet(() -> end.minus(DEFAULT_LENGTH));
    return new TimeRange(start, end);
  }

  private static Instant parse(String field, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field
              + ": '"
              + text
              + "' is not an ISO-8601 instant with an offset, e.g. 2026-11-01T00:00:00Z");
    }
  }

  public Duration length() {
    return Duration.between(from, to);
  }
}
