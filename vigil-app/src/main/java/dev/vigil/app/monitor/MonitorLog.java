package dev.vigil.app.monitor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lines written both to the console and to {@code monitoring_log.txt}, identical in both. */
final class MonitorLog implements AutoCloseable {

  static final String FILE = "monitoring_log.txt";

  private final PrintWriter console;
  private final PrintWriter errors;
  private final BufferedWriter file;

  MonitorLog(PrintWriter console, PrintWriter errors, Path out) {
    this.console = console;
    this.errors = errors;
    try {
      Files.createDirectories(out);
      this.file = Files.newBufferedWriter(out.resolve(FILE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("--out: cannot write " + out.resolve(FILE), e);
    }
  }

  void line(String text) {
    console.println(text);
    console.flush();
    append(text);
  }

  /** A line on standard error, and in the file like the others. */
  void error(String text) {
    errors.println(text);
    errors.flush();
    append(text);
  }

  private void append(String text) {
    try {
      file.write(text);
      file.newLine();
      file.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }

  @Override
  public void close() {
    try {
      file.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }
}
