package dev.vigil.app.runs;

import dev.vigil.core.tracking.Run;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil runs list}: the active runs, latest start first, of one experiment or all. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the runs (not deleted), latest start first.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:error", "2:usage error (e.g. no such experiment)"})
public final class RunsListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--experiment",
      paramLabel = "NAME",
      description = "Runs of this experiment only.")
  String experiment;

  @Mixin RunsDatabase database;

  private final Map<String, String> environment;
  private final Clock clock;

  public RunsListCommand() {
    this(System.getenv(), Clock.systemUTC());
  }

  RunsListCommand(Map<String, String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return database.withTracking(
        environment,
        clock,
        spec.commandLine().getErr(),
        "vigil runs list",
        tracking -> {
          List<Run> runs = tracking.runs(Optional.ofNullable(experiment));
          RunTable.print(out, runs, tracking, clock.instant());
          out.flush();
          return 0;
        });
  }
}
