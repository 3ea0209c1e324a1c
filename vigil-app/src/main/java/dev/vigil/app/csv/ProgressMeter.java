package dev.vigil.app.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Shows how much of the files being read has been read, as a percentage of bytes on one line of the
 * error stream, redrawn at most five times a second. Silent unless the files are large. Safe to use
 * from the threads that read the files in parallel.
 */
public final class ProgressMeter {

  /** Below this many bytes in all, reading is quick enough to need no progress. */
  public static final long LARGE_BYTES = 8L << 20;

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final Map<String, long[]> files = new LinkedHashMap<>(); // name -> {total}
  private final Map<String, AtomicLong> readBytes = new LinkedHashMap<>();
  private long lastDraw;
  private boolean drawn;

  ProgressMeter(PrintWriter err, boolean enabled, LongSupplier nanoTime) {
    this.err = err;
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.lastDraw = nanoTime.getAsLong();
  }

  /** A meter that shows progress on {@code err} when {@code totalBytes} is large. */
  public static ProgressMeter forBytes(PrintWriter err, long totalBytes) {
    return new ProgressMeter(err, totalBytes > LARGE_BYTES, System::nanoTime);
  }

  public static ProgressMeter silent() {
    return new ProgressMeter(new PrintWriter(PrintWriter.nullWriter()), false, System::nanoTime);
  }

  /** Wraps a file's stream so that reading it advances the meter. */
  synchronized InputStream track(String name, long totalBytes, InputStream in) {
    if (!enabled) {
      return in;
    }
    AtomicLong counter = new AtomicLong();
    files.put(name, new long[] {Math.max(1, totalBytes)});
    readBytes.put(name, counter);
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          counter.addAndGet(n);
          redrawIfDue();
        }
        return n;
      }
    };
  }

  /** Ends the progress line, if one was drawn. */
  public synchronized void finish() {
    if (drawn) {
      err.print("\r" + line() + System.lineSeparator());
      err.flush();
      drawn = false;
    }
  }

  private synchronized void redrawIfDue() {
    long now = nanoTime.getAsLong();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      drawn = true;
      err.print("\r" + line());
      err.flush();
    }
  }

  synchronized String line() {
    StringBuilder sb = new StringBuilder("reading");
    String separator = " ";
    for (Map.Entry<String, long[]> file : files.entrySet()) {
      double percent = 100.0 * readBytes.get(file.getKey()).get() / file.getValue()[0];
      sb.append(separator)
          .append(file.getKey())
          .append(' ')
          .append(String.format(Locale.ROOT, "%3.0f%%", Math.min(100.0, percent)));
      separator = ", ";
    }
    return sb.toString();
  }
}
