package dev.vigil.app.serve;

import dev.vigil.core.kserve.ExpiredHalves;
import dev.vigil.core.kserve.PendingExpiry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link PendingExpiry} every {@link PendingExpiry#period()} on one daemon thread and
 * reports what each run deleted, until closed. A failed run is logged and the next one tries again.
 */
final class PendingExpiryTask implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PendingExpiryTask.class);

  private final ScheduledExecutorService executor;

  private PendingExpiryTask(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  static PendingExpiryTask start(PendingExpiry expiry, Consumer<ExpiredHalves> report) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            run -> {
              Thread thread = new Thread(run, "vigil-kserve-expiry");
              thread.setDaemon(true);
              return thread;
            });
    long period = expiry.period().toMillis();
    executor.scheduleWithFixedDelay(
        () -> runOnce(expiry, report), period, period, TimeUnit.MILLISECONDS);
    return new PendingExpiryTask(executor);
  }

  /** One run: expire, report, log what was deleted; never throws (it would stop the schedule). */
  static void runOnce(PendingExpiry expiry, Consumer<ExpiredHalves> report) {
    try {
      ExpiredHalves expired = expiry.expireNow();
      report.accept(expired);
      if (expired.total() > 0) {
        LOG.info(
            "deleted {} KServe request and {} response events whose partner did not come in {}",
            expired.requests(),
            expired.responses(),
            expiry.ttl());
      }
    } catch (RuntimeException e) {
      LOG.warn("the expiry of pending KServe events failed; it runs again later", e);
    }
  }

  /**
   * Cancels the coming runs and waits (up to 10 s) for one in progress, so the database can close.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("the expiry of pending KServe events did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
