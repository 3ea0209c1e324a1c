package dev.vigil.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from a Debian package the tests run for real ({@code promtool}, {@code prometheus},
 * {@code amtool}, the Pushgateway, Alertmanager; {@code .ci/run} installs them). Missing, it fails
 * the test under CI and skips it elsewhere.
 */
public record DebianBinary(Path path) {

  static final DebianBinary PROMTOOL = new DebianBinary(Path.of("/usr/bin/promtool"));
  static final DebianBinary PROMETHEUS = new DebianBinary(Path.of("/usr/bin/prometheus"));
  static final DebianBinary AMTOOL = new DebianBinary(Path.of("/usr/bin/amtool"));
  public static final DebianBinary PUSHGATEWAY =
      new DebianBinary(Path.of("/usr/bin/prometheus-pushgateway"));
  public static final DebianBinary ALERTMANAGER =
      new DebianBinary(Path.of("/usr/bin/prometheus-alertmanager"));

  /** What one run printed (standard output and error together) and its exit code. */
  record Run(int exitCode, String output) {}

  /** This binary's path, once it is known to be installed. */
  public Path require() {
    if (!Files.isExecutable(path)) {
      String message = path + " is not installed (.ci/run installs Debian's package)";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(message);
      }
      Assumptions.abort(message);
    }
    return path;
  }

  /** Runs this binary to completion (at most 60 s) with these arguments and standard input. */
  Run run(String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(require().toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish within 60 s");
      }
      return new Run(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
