package dev.vigil.app.demo;

import dev.vigil.app.traffic.DurationText;
import dev.vigil.app.traffic.FeedbackDelay;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil demo}: the main job. Generates a bank-churn population, trains, registers and
 * promotes a model, serves it, and replays a story of drift through the real HTTP API with delayed
 * labels, showing one live status line and the dashboard's URL (docs/DEMO.md).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Train a demo churn model, serve it, and replay a story of drifting traffic with delayed"
          + " labels: stable, then covariate drift, then concept drift (docs/DEMO.md).",
      "Exit codes: 0 stopped (end of --duration or Ctrl-C), 1 failure, 2 bad options or a data"
          + " directory the demo cannot take over."
    })
public final class DemoCommand implements Callable<Integer> {

  static final int FAILED = 1;
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  @Option(
      names = "--duration",
      description = "Story time after which the demo stops, e.g. 6d (default: until Ctrl-C).")
  String duration;

  @Option(
      names = "--speed",
      defaultValue = "1440",
      description =
          "Story seconds per real second (default: ${DEFAULT-VALUE}, a story day a minute: the"
              + " six-day story plays in six minutes).")
  double speed;

  @Option(
      names = "--rate",
      defaultValue = "20",
      description = "Inference requests per real second (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      defaultValue = "./vigil-data",
      description = "The demo's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @ArgGroup(exclusive = true)
  Reuse reuse;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seeds the population, the traffic and the labels (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--training-rows",
      defaultValue = "20000",
      description = "Customers generated to train on (default: ${DEFAULT-VALUE}).")
  int trainingRows;

  @Option(
      names = "--feedback-delay",
      defaultValue = "exp:4h",
      description = "Story time before a label arrives (default: ${DEFAULT-VALUE}).")
  String feedbackDelay;

  @Option(
      names = "--label-coverage",
      defaultValue = "0.9",
      description = "Share of predictions whose label ever arrives (default: ${DEFAULT-VALUE}).")
  double labelCoverage;

  /** {@code --reuse} or {@code --reset}, not both. */
  static final class Reuse {
    @Option(names = "--reuse", description = "Reuse the demo in --data-dir; refuse if none.")
    boolean reuse;

    @Option(
        names = "--reset",
        description =
            "Wipe the demo in --data-dir (only a directory the demo made) and start anew.")
    boolean reset;
  }

  private volatile Demo demo;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      demo = new Demo(settings(), out, System.console() != null, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      err.println("vigil demo: " + e.getMessage());
      err.flush();
      return BAD_INPUT;
    }
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> stopAndWait(finished), "vigil-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    CtrlC ctrlC = CtrlC.onFirst(this::requestStop);
    try {
      demo.run();
      out.println("Demo stopped. Its data stays in " + dataDir + ": `./vigil demo` reuses it,");
      out.println(
          "`./vigil demo --reset` starts afresh, `./vigil serve --data-dir "
              + dataDir
              + "` serves it.");
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("vigil demo: " + e.getMessage());
      return BAD_INPUT;
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("vigil demo: " + e.getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("vigil demo: cannot run the server (--port " + port + "): " + e.getMessage());
      return FAILED;
    } finally {
      err.flush();
      if (ctrlC != null) {
        ctrlC.close();
      }
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // SIGTERM: the hook is running and waits for the closing above to finish.
      }
    }
  }

  /** Stops a running demo as Ctrl-C does. */
  void requestStop() {
    Demo running = demo;
    if (running != null) {
      running.stop();
    }
  }

  /** The port the demo's server listens on, -1 before it does. */
  int boundPort() {
    Demo running = demo;
    return running == null ? -1 : running.port();
  }

  private void stopAndWait(CountDownLatch finished) {
    requestStop();
    try {
      finished.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private DemoSettings settings() {
    DemoDataDir.Mode mode =
        reuse == null
            ? DemoDataDir.Mode.DEFAULT
            : reuse.reset ? DemoDataDir.Mode.RESET : DemoDataDir.Mode.REUSE;
    return new DemoSettings(
        duration == null ? null : flag("--duration", () -> DurationText.parse(duration)),
        speed,
        rate,
        port,
        dataDir,
        mode,
        seed,
        trainingRows,
        flag("--feedback-delay", () -> FeedbackDelay.parse(feedbackDelay)),
        labelCoverage);
  }

  private static <T> T flag(String name, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }
}
