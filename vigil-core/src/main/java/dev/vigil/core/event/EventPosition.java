package dev.vigil.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a stored prediction stands in a model's time order: its event time, then its sequence
 * number (the order it was stored in), which breaks ties between predictions of the same
 * microsecond. Used as a cursor: {@link EventReader} reads the predictions after a position.
 */
public record EventPosition(Instant eventTime, long seq) implements Comparable<EventPosition> {

  public EventPosition {
    Objects.requireNonNull(eventTime, "eventTime");
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be at least 1, was " + seq);
    }
  }

  @Override
  public int compareTo(EventPosition other) {
    int byTime = eventTime.compareTo(other.eventTime);
    return byTime != 0 ? byTime : Long.compare(seq, other.seq);
  }
}
