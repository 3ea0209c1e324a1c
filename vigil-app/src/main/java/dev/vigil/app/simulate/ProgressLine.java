package dev.vigil.app.simulate;

import dev.vigil.app.traffic.DurationText;
import dev.vigil.app.traffic.ReplayCounts;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The live progress of a simulation, one line of the error stream redrawn in place: rows sent and
 * the recent request rate, labels sent and pending, failures, and the story time.
 */
final class ProgressLine {

  private final PrintWriter err;
  private final boolean enabled;
  private final double speed;
  private ReplayCounts previous;
  private long previousNanos;
  private int width;

  ProgressLine(PrintWriter err, boolean enabled, double speed) {
    this.err = err;
    this.enabled = enabled;
    this.speed = speed;
  }

  /** Redraws the line; {@code nanos} is a monotonic time stamp of these counts. */
  synchronized void draw(ReplayCounts counts, long nanos) {
    double rate = 0;
    if (previous != null && nanos > previousNanos) {
      rate = (counts.requests() - previous.requests()) / ((nanos - previousNanos) / 1e9);
    } else if (counts.storyTime().toNanos() > 0) {
      rate = counts.requests() / (counts.storyTime().toNanos() / 1e9 / speed);
    }
    previous = counts;
    previousNanos = nanos;
    if (enabled) {
      String line = text(counts, rate);
      err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      err.flush();
      width = line.length();
    }
  }

  /** Ends the line so what follows starts on its own. */
  synchronized void finish() {
    if (enabled && width > 0) {
      err.println();
      err.flush();
      width = 0;
    }
  }

  static String text(ReplayCounts counts, double rate) {
    return String.format(
        Locale.ROOT,
        "simulate: %d rows (%.1f/s) | labels %d sent, %d pending | %d failures | story %s",
        counts.requests(),
        rate,
        counts.labelsSent(),
        counts.labelsPending(),
        counts.failures(),
        DurationText.format(counts.storyTime().truncatedTo(ChronoUnit.SECONDS)));
  }
}
