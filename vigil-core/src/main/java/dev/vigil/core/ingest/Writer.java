package dev.vigil.core.ingest;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The one thread that writes: takes groups of queued batches and commits them, and flushes the
 * windows every flush interval. It ends once the queue is closed and empty; the final flush is the
 * closer's.
 */
final class Writer implements Runnable {

  private static final System.Logger LOG = System.getLogger(Writer.class.getName());

  private final BatchQueue queue;
  private final GroupCommitter committer;
  private final Runnable flush;
  private final IngestSettings settings;

  Writer(BatchQueue queue, GroupCommitter committer, Runnable flush, IngestSettings settings) {
    this.queue = queue;
    this.committer = committer;
    this.flush = flush;
    this.settings = settings;
  }

  @Override
  public void run() {
    long interval = settings.flushInterval().toNanos();
    long nextFlush = System.nanoTime() + interval;
    while (!queue.isClosedAndEmpty()) {
      commitNextGroup(nextFlush - System.nanoTime());
      if (System.nanoTime() - nextFlush >= 0) {
        flushQuietly();
        nextFlush = System.nanoTime() + interval;
      }
    }
  }

  private void commitNextGroup(long maxWaitNanos) {
    List<PendingBatch> group;
    try {
      group = queue.takeGroup(settings.groupRecords(), maxWaitNanos);
    } catch (InterruptedException e) {
      // Nobody interrupts the writer on purpose: closing the queue is how it is stopped.
      return;
    }
    if (group.isEmpty()) {
      return;
    }
    try {
      committer.commit(group);
    } catch (Throwable t) {
      // Every appender must hear back, whatever went wrong; completed futures ignore this.
      group.forEach(batch -> batch.outcome().completeExceptionally(t));
      LOG.log(Level.ERROR, "a group commit of " + group.size() + " batches failed", t);
    }
  }

  private void flushQuietly() {
    try {
      flush.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "flushing the windows failed; the next flush retries", e);
    }
  }
}
