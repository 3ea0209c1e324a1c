package dev.vigil.app.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  @Test
  void redrawsAtMostFiveTimesASecondAndEndsTheLine() throws IOException {
    StringWriter err = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressMeter meter = new ProgressMeter(new PrintWriter(err), true, clock::get);
    InputStream in = meter.track("A.csv", 1000, new ByteArrayInputStream(new byte[1000]));
    byte[] buffer = new byte[100];
    in.read(buffer, 0, 100); // at t = 0: too early to draw
    clock.set(100_000_000L);
    in.read(buffer, 0, 100); // 0.1 s: still too early
    assertEquals("", err.toString());
    clock.set(250_000_000L);
    in.read(buffer, 0, 100);
    assertEquals("\rreading A.csv  30%", err.toString());
    meter.finish();
    assertEquals(
        "\rreading A.csv  30%\rreading A.csv  30%" + System.lineSeparator(), err.toString());
  }

  @Test
  void smallFilesShowNothing() throws IOException {
    StringWriter err = new StringWriter();
    ProgressMeter meter = ProgressMeter.forBytes(new PrintWriter(err), ProgressMeter.LARGE_BYTES);
    InputStream in = meter.track("A.csv", 10, new ByteArrayInputStream(new byte[10]));
    in.readAllBytes();
    meter.finish();
    assertTrue(err.toString().isEmpty());
  }
}
