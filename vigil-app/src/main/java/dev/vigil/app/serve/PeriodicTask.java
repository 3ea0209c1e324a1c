package dev.vigil.app.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job every period on its own daemon thread until closed; a run that throws is logged and
 * the next one runs all the same (an exception would otherwise cancel the schedule).
 */
final class PeriodicTask implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

  private final ScheduledExecutorService executor;
  private final String name;

  private PeriodicTask(ScheduledExecutorService executor, String name) {
    this.executor = executor;
    this.name = name;
  }

  static PeriodicTask start(String name, Duration period, Runnable job) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            run -> {
              Thread thread = new Thread(run, name);
              thread.setDaemon(true);
              return thread;
            });
    long millis = period.toMillis();
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) {
            LOG.warn("{} failed; it runs again in {}", name, period, e);
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
    return new PeriodicTask(executor, name);
  }

  /** Cancels the coming runs and waits (up to 10 s) for one in progress. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("{} did not stop within 10 s", name);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
