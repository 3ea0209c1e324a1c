package dev.vigil.app.runs;

import dev.vigil.core.tracking.Experiment;
import dev.vigil.core.tracking.Run;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.tracking.TrackingNotFoundException;
import dev.vigil.core.tracking.ViewType;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcTrackingStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = database.open(environment)) {
      Tracking tracking = new Tracking(new JdbcTrackingStore(db), clock);
      List<Run> runs = tracking.runs(Optional.ofNullable(experiment));
      Map<String, Experiment> experiments =
          tracking.experiments(ViewType.ALL).stream()
              .collect(Collectors.toMap(Experiment::id, Function.identity()));
      RunTable.print(out, runs, experiments, clock.instant());
      out.flush();
      return 0;
    } catch (TrackingNotFoundException | IllegalArgumentException e) {
      err.println("vigil runs list: " + e.getMessage());
      return RunsCleanupCommand.BAD_USAGE;
    } catch (RuntimeException e) {
      err.println("vigil runs list: " + e.getMessage());
      return RunsCleanupCommand.FAILED;
    }
  }
}
