package dev.vigil.app.runs;

import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.Tracking;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil runs cleanup}: ends the runs still RUNNING after {@code --older-than} (status
 * KILLED, end time now, tag {@code vigil.cleanup.reason}), in one experiment or all, and lists
 * them.
 */
@Command(
    name = "cleanup",
    mixinStandardHelpOptions = true,
    description =
        "End stuck runs: those still RUNNING that started longer ago than --older-than become"
            + " KILLED, with their end time and the reason tagged (vigil.cleanup.reason).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (also when no run was stuck)", "1:error", "2:usage error"})
public final class RunsCleanupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Scope scope;

  /** Exactly one of --all and --experiment. */
  static final class Scope {
    @Option(names = "--all", required = true, description = "Runs of every experiment.")
    boolean all;

    @Option(
        names = "--experiment",
        required = true,
        paramLabel = "NAME",
        description = "Runs of this experiment only.")
    String experiment;
  }

  @Option(
      names = "--older-than",
      paramLabel = "DURATION",
      defaultValue = "2h",
      description =
          "How long a run may run before it counts as stuck: 90s, 30m, 2h, 7d (default 2h).")
  String olderThan;

  @Mixin RunsDatabase database;

  private final Map<String, String> environment;
  private final Clock clock;

  public RunsCleanupCommand() {
    this(System.getenv(), Clock.systemUTC());
  }

  RunsCleanupCommand(Map<String, String> environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration age;
    try {
      age = AgeOption.parse("--older-than", olderThan);
    } catch (IllegalArgumentException e) {
      err.println("vigil runs cleanup: " + e.getMessage());
      return RunsDatabase.BAD_USAGE;
    }
    return database.withTracking(
        environment,
        clock,
        err,
        "vigil runs cleanup",
        tracking -> {
          List<Run> ended = tracking.endStuckRuns(Optional.ofNullable(scope.experiment), age);
          report(out, tracking, ended, olderThan.strip());
          return 0;
        });
  }

  private void report(PrintWriter out, Tracking tracking, List<Run> ended, String age) {
    if (ended.isEmpty()) {
      out.println("No run was running longer than " + age + ".");
    } else {
      out.println(
          "Ended " + ended.size() + " run(s) running longer than " + age + " (now KILLED):");
      RunTable.print(out, ended, tracking, clock.instant());
    }
    out.flush();
  }
}
