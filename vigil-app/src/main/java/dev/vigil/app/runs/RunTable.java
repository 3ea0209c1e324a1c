package dev.vigil.app.runs;

import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.tracking.ViewType;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs printed as a table: id, experiment, name, status, start and how long it ran. */
final class RunTable {

  private static final String FORMAT = "%-32s  %-20s  %-24s  %-9s  %-20s  %s%n";

  private RunTable() {}

  /** The runs, with the names of their experiments (deleted ones too) from {@code tracking}. */
  static void print(PrintWriter out, List<Run> runs, Tracking tracking, Instant now) {
    Map<String, Experiment> experiments =
        tracking.experiments(ViewType.ALL).stream()
            .collect(Collectors.toMap(Experiment::id, Function.identity()));
    out.printf(FORMAT, "RUN ID", "EXPERIMENT", "NAME", "STATUS", "STARTED", "RAN FOR");
    for (Run run : runs) {
      Experiment experiment = experiments.get(run.experimentId());
      Instant end = run.endTime().orElse(now);
      out.printf(
          FORMAT,
          run.id(),
          experiment == null ? run.experimentId() : experiment.name(),
          run.name(),
          run.status().name(),
          run.startTime().truncatedTo(ChronoUnit.SECONDS),
          AgeOption.describe(Duration.between(run.startTime(), end)));
    }
  }
}
