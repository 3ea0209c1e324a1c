package dev.vigil.app.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** One {@code vigil demo} run on a thread of its own, with what it printed so far. */
final class DemoRun {

  private final DemoCommand command = new DemoCommand();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CompletableFuture<Integer> exit;

  private DemoRun(String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
  }

  static DemoRun start(String... args) {
    return new DemoRun(args);
  }

  /** Runs to the end and returns it. */
  static DemoRun complete(String... args) throws Exception {
    DemoRun run = new DemoRun(args);
    run.exitCode();
    return run;
  }

  /** Waits (at most 3 minutes) for the command to return. */
  int exitCode() throws Exception {
    return exit.get(3, TimeUnit.MINUTES);
  }

  /** Waits (at most 2 minutes: it trains first) for the server's port. */
  int awaitPort() throws InterruptedException {
    for (int attempt = 0; attempt < 1_200 && !exit.isDone(); attempt++) {
      if (command.boundPort() > 0) {
        return command.boundPort();
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the demo did not start its server: " + out() + err());
  }

  void stop() {
    command.requestStop();
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
