package dev.vigil.core.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The batches waiting for the writer, bounded in records rather than batches (a batch of 1,000
 * records weighs what it costs to commit). Many appenders put, one writer takes groups. Once
 * closed, nothing more is taken in, and what is queued can still be taken.
 */
final class BatchQueue {

  private final int capacityRecords;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private final ArrayDeque<PendingBatch> batches = new ArrayDeque<>();
  private int queuedRecords;
  private boolean closed;

  BatchQueue(int capacityRecords) {
    this.capacityRecords = capacityRecords;
  }

  /**
   * Queues a batch, waiting up to {@code timeout} for room.
   *
   * @throws IngestOverloadedException when there was no room in time
   * @throws IllegalStateException when the queue is closed (or closes while waiting)
   */
  void put(PendingBatch batch, Duration timeout) {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (!closed && !fits(batch.size())) {
        if (nanos <= 0) {
          throw new IngestOverloadedException(queuedRecords, capacityRecords, timeout);
        }
        nanos = notFull.awaitNanos(nanos);
      }
      if (closed) {
        throw new IllegalStateException("the ingestion pipeline is closed; nothing was stored");
      }
      batches.add(batch);
      queuedRecords += batch.size();
      notEmpty.signal();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for room; nothing was stored", e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Queues a batch only if there is room now, never waiting.
   *
   * @return false when the queue is full or closed: the batch is not queued then
   */
  boolean offer(PendingBatch batch) {
    lock.lock();
    try {
      if (closed || !fits(batch.size())) {
        return false;
      }
      batches.add(batch);
      queuedRecords += batch.size();
      notEmpty.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * An empty queue takes any batch, so that one larger than the capacity is not refused forever.
   */
  private boolean fits(int size) {
    return queuedRecords == 0 || queuedRecords + size <= capacityRecords;
  }

  /**
   * Takes the oldest batches, as many as fit in {@code budgetRecords} (at least one), waiting up to
   * {@code maxWaitNanos} for the first. Empty when none came in time or the queue is closed and
   * empty.
   */
  List<PendingBatch> takeGroup(int budgetRecords, long maxWaitNanos) throws InterruptedException {
    lock.lock();
    try {
      long nanos = maxWaitNanos;
      while (batches.isEmpty() && !closed && nanos > 0) {
        nanos = notEmpty.awaitNanos(nanos);
      }
      List<PendingBatch> group = new ArrayList<>();
      int records = 0;
      while (!batches.isEmpty()
          && (group.isEmpty() || records + batches.peek().size() <= budgetRecords)) {
        PendingBatch next = batches.poll();
        records += next.size();
        group.add(next);
      }
      queuedRecords -= records;
      if (!group.isEmpty()) {
        notFull.signalAll();
      }
      return group;
    } finally {
      lock.unlock();
    }
  }

  /** Takes in nothing more and wakes everyone waiting. */
  void close() {
    lock.lock();
    try {
      closed = true;
      notEmpty.signalAll();
      notFull.signalAll();
    } finally {
      lock.unlock();
    }
  }

  boolean isClosedAndEmpty() {
    lock.lock();
    try {
      return closed && batches.isEmpty();
    } finally {
      lock.unlock();
    }
  }

  int queuedRecords() {
    lock.lock();
    try {
      return queuedRecords;
    } finally {
      lock.unlock();
    }
  }

  int queuedBatches() {
    lock.lock();
    try {
      return batches.size();
    } finally {
      lock.unlock();
    }
  }
}
