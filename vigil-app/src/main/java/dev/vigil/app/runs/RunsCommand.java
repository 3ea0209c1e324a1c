package dev.vigil.app.runs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil runs}: tracked runs on the server's database, listed or cleaned up. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "Tracking runs: list them, end stuck ones (docs/TRACKING.md).",
    subcommands = {RunsCleanupCommand.class, RunsListCommand.class})
public final class RunsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
