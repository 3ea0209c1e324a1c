package dev.vigil.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command of the public contract that is not built yet: it says so plainly and exits 2, so that
 * nothing pretends to work. Each one is replaced by the real command when its issue lands.
 */
abstract class NotBuiltCommand implements Callable<Integer> {

  static final int NOT_BUILT = 2;

  @Spec CommandSpec spec;

  @Unmatched List<String> ignored;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .printf(
            "vigil %s is not built yet in this version of Vigil (see the status table in"
                + " README.md).%n",
            spec.qualifiedName(" ").replaceFirst("^vigil ", ""));
    return NOT_BUILT;
  }

  @Command(
      name = "demo",
      description = "Train a demo churn model, serve it, replay drifting traffic. (not built yet)")
  static final class Demo extends NotBuiltCommand {}

  @Command(
      name = "simulate",
      description = "Replay a CSV against a running server with scheduled drift. (not built yet)")
  static final class Simulate extends NotBuiltCommand {}

  @Command(
      name = "monitor",
      description = "Batch monitoring pipeline over a prediction log and labels. (not built yet)")
  static final class Monitor extends NotBuiltCommand {}

  @Command(
      name = "degrade",
      description = "Manufacture degrading ground truth for monitor. (not built yet)")
  static final class Degrade extends NotBuiltCommand {}

  @Command(
      name = "report",
      description = "Write a standalone HTML monitoring report. (not built yet)")
  static final class Report extends NotBuiltCommand {}
}
