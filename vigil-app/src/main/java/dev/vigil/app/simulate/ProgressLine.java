package dev.vigil.app.simulate;

import dev.vigil.app.traffic.DurationText;
import dev.vigil.app.traffic.ReplayCounts;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The live progress of a simulation, one line of the error stream redrawn in place: rows sent and
 * the request rate over the last two seconds, labels sent and pending, failures, and the story
 * time.
 */
final class ProgressLine {

  /** The rate shown is over the last two seconds, smoother than between two redraws. */
  private static final long RATE_WINDOW_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final ArrayDeque<long[]> recent = new ArrayDeque<>(); // {nanos, requests}
  private int width;

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Redraws the line; {@code nanos} is a monotonic time stamp of these counts. */
  synchronized void draw(ReplayCounts counts, long nanos) {
    recent.addLast(new long[] {nanos, counts.requests()});
    while (recent.size() > 2 && nanos - recent.peekFirst()[0] > RATE_WINDOW_NANOS) {
      recent.removeFirst();
    }
    long[] oldest = recent.peekFirst();
    double rate =
        nanos > oldest[0] ? (counts.requests() - oldest[1]) / ((nanos - oldest[0]) / 1e9) : 0;
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
