package dev.vigil.app.simulate;

import dev.vigil.app.traffic.DurationText;
import java.time.Duration;

/**
 * When injected drift begins: at a story time, or after a fraction of the rows to be replayed (the
 * CSV's rows, or {@code --limit}). Exactly one of the two is set.
 */
record DriftStart(Duration storyTime, Double fraction) {

  DriftStart {
    if ((storyTime == null) == (fraction == null)) {
      throw new IllegalArgumentException("--drift-start: a story time or a fraction, not both");
    }
    if (fraction != null && !(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(
          "--drift-start: a fraction must be in [0, 1], was " + fraction);
    }
  }

  /** A duration ({@code 2h}, {@code 30m}) or a fraction in [0, 1] ({@code 0.5}). */
  static DriftStart parse(String text) {
    String trimmed = text.strip();
    // Not Double.valueOf alone: it reads "1d" (a day) as the number 1.
    if (trimmed.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
      return new DriftStart(null, Double.valueOf(trimmed));
    }
    try {
      return new DriftStart(DurationText.parse(trimmed), null);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--drift-start must be a story time (e.g. 2h) or a fraction of the rows in [0, 1] (e.g."
              + " 0.5), not '"
              + text
              + "'");
    }
  }

  /** The start as a row index, given the rows to be replayed; null when it is a story time. */
  Long startRow(long plannedRows) {
    return fraction == null ? null : (long) Math.ceil(fraction * plannedRows);
  }

  /** Whether row {@code index} (0-based), sent at {@code story} time, is drifted. */
  boolean reached(long index, Duration story, long plannedRows) {
    return fraction == null ? story.compareTo(storyTime) >= 0 : index >= startRow(plannedRows);
  }

  @Override
  public String toString() {
    return fraction == null ? DurationText.format(storyTime) : Double.toString(fraction);
  }
}
