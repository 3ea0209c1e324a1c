package dev.vigil.app.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/** One run of {@code vigil report} with a fixed clock and environment, and what it printed. */
record ReportRun(int exitCode, String out, String err) {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  static ReportRun of(String... args) {
    return withEnvironment(Map.of(), args);
  }

  static ReportRun withEnvironment(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new ReportCommand(Clock.fixed(NOW, ZoneOffset.UTC), environment));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new ReportRun(code, out.toString(), err.toString());
  }
}
