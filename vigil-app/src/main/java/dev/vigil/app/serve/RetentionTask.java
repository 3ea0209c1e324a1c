package dev.vigil.app.serve;

import dev.vigil.core.event.DeletedRecords;
import dev.vigil.core.event.EventRetention;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes raw records older than the retention: once when started, in the caller's thread (so
 * start-up has applied it before the server takes requests), then every {@link #PERIOD} on one
 * daemon thread until closed. Each run flushes the windows first, so the watermark it passes on
 * (the stored one) covers every commit recorded so far. A failed run is logged and the next one
 * tries again.
 */
final class RetentionTask implements AutoCloseable {

  /** How often retention runs. */
  static final Duration PERIOD = Duration.ofHours(1);

  private static final Logger LOG = LoggerFactory.getLogger(RetentionTask.class);

  /**
   * What one run works on: records are kept for {@code retention}; {@code watermark} reads the
   * stored window watermark ({@code WindowStore#watermark}) after {@code flush}.
   */
  record Run(
      Duration retention,
      Runnable flush,
      LongSupplier watermark,
      EventRetention log,
      Clock clock,
      Consumer<DeletedRecords> report) {

    /** One run; never throws (it would stop the schedule). */
    void once() {
      try {
        flush.run();
        DeletedRecords deleted =
            log.deleteBefore(clock.instant().minus(retention), watermark.getAsLong());
        report.accept(deleted);
        if (deleted.total() > 0) {
          LOG.info(
              "retention deleted {} predictions and {} labels older than {}",
              deleted.predictions(),
              deleted.labels(),
              retention);
        }
      } catch (RuntimeException e) {
        LOG.warn("retention of raw records failed; it runs again later", e);
      }
    }
  }

  private final ScheduledExecutorService executor;

  private RetentionTask(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  static RetentionTask start(Run run) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "vigil-retention");
              thread.setDaemon(true);
              return thread;
            });
    run.once();
    long period = PERIOD.toMillis();
    executor.scheduleWithFixedDelay(run::once, period, period, TimeUnit.MILLISECONDS);
    return new RetentionTask(executor);
  }

  /**
   * Cancels the coming runs and waits (up to 60 s) for one in progress, so the database can close.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("retention did not stop within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
