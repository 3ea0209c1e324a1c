package dev.vigil.core.query;

import dev.vigil.core.event.EventPosition;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of periods starts: the index of its first period and the position of the last
 * prediction already counted. Its text, {@code <index>_<event time µs>_<seq>}, is opaque to
 * clients.
 */
public record PeriodCursor(long nextIndex, EventPosition after) {

  public PeriodCursor {
    Objects.requireNonNull(after, "after");
    if (nextIndex < 1) {
      throw new IllegalArgumentException("after: the next period index must be at least 1");
    }
  }

  /**
   * The cursor of a text given by {@link #text}.
   *
   * @throws IllegalArgumentException naming {@code after} when the text is not a cursor
   */
  public static PeriodCursor parse(String text) {
    String[] parts = text.split("_", -1);
    try {
      if (parts.length == 3) {
        long micros = Long.parseLong(parts[1]);
        Instant time =
            Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L))
                .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L);
        return new PeriodCursor(
            Long.parseLong(parts[0]), new EventPosition(time, Long.parseLong(parts[2])));
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      // reported below, as every other malformed text
    }
    throw new IllegalArgumentException(
        "after: '" + text + "' is not a cursor; pass the 'next' of the previous answer");
  }

  /** The cursor as text, for the {@code after} parameter. */
  public String text() {
    Instant t = after.eventTime();
    long micros =
        Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    return nextIndex + "_" + micros + "_" + after.seq();
  }
}
