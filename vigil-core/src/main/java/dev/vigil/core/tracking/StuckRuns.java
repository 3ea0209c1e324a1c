package dev.vigil.core.tracking;

import java.time.Duration;

/**
 * How {@link Tracking#endStuckRuns} words a duration in its reason tag: {@code 2h}, {@code 90m}.
 */
final class StuckRuns {

  private StuckRuns() {}

  static String describe(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    if (d.toMillis() % 86_400_000L == 0) {
      return d.toDays() + "d";
    }
    if (d.toMillis() % 3_600_000L == 0) {
      return d.toHours() + "h";
    }
    if (d.toMillis() % 60_000L == 0) {
      return d.toMinutes() + "m";
    }
    if (d.toMillis() % 1000 == 0) {
      return d.toSeconds() + "s";
    }
    return d.toMillis() + "ms";
  }
}
