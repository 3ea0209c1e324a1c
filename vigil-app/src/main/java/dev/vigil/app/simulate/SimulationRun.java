package dev.vigil.app.simulate;

import dev.vigil.app.traffic.ReplayCounts;
import dev.vigil.app.traffic.TrafficReplay;
import dev.vigil.app.traffic.VigilClient;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One simulation: the replay with its progress line, stopped cleanly by Ctrl-C. On Ctrl-C the JVM's
 * shutdown hook stops the replay and waits (at most 30 s) until the report has been printed.
 */
final class SimulationRun {

  private static final long REPORT_WAIT_SECONDS = 30;

  private final VigilClient client;
  private final SimulationSettings settings;
  private final Clock clock;
  private final PrintWriter err;

  SimulationRun(VigilClient client, SimulationSettings settings, Clock clock, PrintWriter err) {
    this.client = client;
    this.settings = settings;
    this.clock = clock;
    this.err = err;
  }

  /** Runs the replay, then hands its report to {@code print} before a Ctrl-C lets the JVM exit. */
  SimulationReport run(Traffic traffic, Consumer<SimulationReport> print) {
    TrafficReplay replay = new TrafficReplay(client, settings.model(), settings.options(), clock);
    ProgressLine line = new ProgressLine(err, !settings.noProgress());
    CountDownLatch printed = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    Thread hook =
        new Thread(
            () -> {
              interrupted.set(true);
              replay.stop();
              try {
                printed.await(REPORT_WAIT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "vigil-simulate-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      ReplayCounts counts = replay.run(traffic.source(), c -> line.draw(c, System.nanoTime()));
      line.finish();
      SimulationReport report = report(traffic, replay, counts, interrupted.get());
      print.accept(report);
      return report;
    } finally {
      line.finish();
      printed.countDown();
      removeHook(hook);
    }
  }

  private SimulationReport report(
      Traffic traffic, TrafficReplay replay, ReplayCounts counts, boolean stopped) {
    return new SimulationReport(
        client.baseUrl().toString(),
        settings.model(),
        traffic.description(),
        traffic.drift(),
        settings.options().ratePerSecond(),
        counts,
        replay.labelsWithheld(),
        replay.labelsLost(),
        counts.storyTime().toNanos() / 1e9 / settings.options().speed(),
        stopped,
        replay.lastError().orElse(null));
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it waits for the report, which is printed
    }
  }
}
