package dev.vigil.app.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.traffic.ReplayCounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line on given time stamps: no sleeping. */
class ProgressLineTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void showsTheRateOverTheLastTwoSecondsAndTheLabels() {
    StringWriter err = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(err), true);
    line.draw(counts(0), 0);
    line.draw(counts(100), SECOND);
    line.draw(counts(300), 2 * SECOND);
    line.draw(counts(400), 3 * SECOND); // the first sample is now 3 s old: over 1..3 s
    String last = err.toString().substring(err.toString().lastIndexOf('\r') + 1);
    assertTrue(
        last.startsWith(
            "simulate: 400 rows (150.0/s) | labels 7 sent, 3 pending | 1 failures | story 1h"),
        last);
    line.finish();
    assertTrue(err.toString().endsWith(System.lineSeparator()));
  }

  @Test
  void drawsNothingWhenDisabled() {
    StringWriter err = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(err), false);
    line.draw(counts(10), SECOND);
    line.finish();
    assertEquals("", err.toString());
  }

  private static ReplayCounts counts(long requests) {
    return new ReplayCounts(requests, 1, 7, 3, Duration.ofHours(1));
  }
}
