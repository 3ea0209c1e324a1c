package dev.vigil.app.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job every period on its own daemon thread until closed, and once more soon after each
 * {@link #runSoon} request; runs never overlap. A run that throws is logged and the next one runs
 * all the same (an exception would otherwise cancel the schedule).
 */
final class PeriodicTask implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

  private final ScheduledExecutorService executor;
  private final String name;
  private final Runnable guardedJob;
  // True from a runSoon request until its run starts: the requests in between share that run.
  private final AtomicBoolean soonRequested = new AtomicBoolean();

  private PeriodicTask(ScheduledExecutorService executor, String name, Runnable guardedJob) {
    this.executor = executor;
    this.name = name;
    this.guardedJob = guardedJob;
  }

  static PeriodicTask start(String name, Duration period, Runnable job) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            run -> {
              Thread thread = new Thread(run, name);
              thread.setDaemon(true);
              return thread;
            });
    Runnable guarded =
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) {
            LOG.warn("{} failed; it runs again in {}", name, period, e);
          }
        };
    long millis = period.toMillis();
    executor.scheduleWithFixedDelay(guarded, millis, millis, TimeUnit.MILLISECONDS);
    return new PeriodicTask(executor, name, guarded);
  }

  /**
   * Asks for one run as soon as the task's thread is free, besides the periodic ones, and returns
   * at once. Requests made before that run starts are served by it (coalesced); a request made
   * while a run is in progress gets a run after it. Ignored once closed.
   */
  void runSoon() {
    if (!soonRequested.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            soonRequested.set(false);
            guardedJob.run();
          });
    } catch (RejectedExecutionException e) {
      soonRequested.set(false); // closed: nothing runs any more
    }
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
