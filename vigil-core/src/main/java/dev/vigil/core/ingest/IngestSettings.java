package dev.vigil.core.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link IngestPipeline} groups, buffers and flushes.
 *
 * <p>Invariants: the flush interval is positive; the queue and group budgets are at least one
 * record; the enqueue timeout is not negative (zero: refuse at once when the queue is full).
 *
 * @param flushInterval how often the window deltas are merged into the window store
 * @param queueRecords how many records may wait for the writer before appenders are held back (a
 *     batch larger than this is still taken when the queue is empty)
 * @param groupRecords how many records one group commit takes at most (a larger batch is committed
 *     alone)
 * @param enqueueTimeout how long an appender waits for room in a full queue before {@link
 *     IngestOverloadedException}
 */
public record IngestSettings(
    Duration flushInterval, int queueRecords, int groupRecords, Duration enqueueTimeout) {

  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(5);
  public static final int DEFAULT_QUEUE_RECORDS = 100_000;
  public static final int DEFAULT_GROUP_RECORDS = 20_000;
  public static final Duration DEFAULT_ENQUEUE_TIMEOUT = Duration.ofSeconds(10);

  public IngestSettings {
    Objects.requireNonNull(flushInterval, "flushInterval");
    Objects.requireNonNull(enqueueTimeout, "enqueueTimeout");
    if (flushInterval.isZero() || flushInterval.isNegative()) {
      throw new IllegalArgumentException("flushInterval must be positive, was " + flushInterval);
    }
    if (queueRecords < 1) {
      throw new IllegalArgumentException("queueRecords must be >= 1, was " + queueRecords);
    }
    if (groupRecords < 1) {
      throw new IllegalArgumentException("groupRecords must be >= 1, was " + groupRecords);
    }
    if (enqueueTimeout.isNegative()) {
      throw new IllegalArgumentException("enqueueTimeout must be >= 0, was " + enqueueTimeout);
    }
  }

  /** The defaults: flush every 5 s, 100,000 records queued, groups of 20,000, wait 10 s. */
  public static IngestSettings defaults() {
    return new IngestSettings(
        DEFAULT_FLUSH_INTERVAL,
        DEFAULT_QUEUE_RECORDS,
        DEFAULT_GROUP_RECORDS,
        DEFAULT_ENQUEUE_TIMEOUT);
  }

  public IngestSettings withFlushInterval(Duration interval) {
    return new IngestSettings(interval, queueRecords, groupRecords, enqueueTimeout);
  }

  public IngestSettings withQueueRecords(int records) {
    return new IngestSettings(flushInterval, records, groupRecords, enqueueTimeout);
  }
}
