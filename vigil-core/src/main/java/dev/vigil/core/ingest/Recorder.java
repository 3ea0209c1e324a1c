package dev.vigil.core.ingest;

import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.IngestListener;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pipeline's second stage: records each committed group into the windows and the listener, then
 * answers its batches, in commit order, on its own thread while the writer commits the next group.
 * At most two groups wait, so a slow recorder holds the writer back rather than filling memory.
 */
final class Recorder implements Runnable {

  private static final System.Logger LOG = System.getLogger(Recorder.class.getName());
  private static final int MAX_WAITING = 2;

  private record Committed(EventCommit commit, List<PendingBatch> group) {}

  private final LiveWindows windows;
  private final IngestListener listener;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Committed> waiting = new ArrayDeque<>();
  private boolean busy;
  private boolean closed;

  Recorder(LiveWindows windows, IngestListener listener) {
    this.windows = windows;
    this.listener = listener;
  }

  /** Hands a committed group over, waiting while two are already waiting. */
  void submit(EventCommit commit, List<PendingBatch> group) {
    lock.lock();
    try {
      while (waiting.size() >= MAX_WAITING) {
        changed.awaitUninterruptibly();
      }
      waiting.add(new Committed(commit, group));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Records a commit of another writer now, on the caller's thread. */
  void recordNow(EventCommit commit) {
    windows.record(commit);
    tellListener(commit);
  }

  /** Waits until every group handed over is recorded and answered. */
  void awaitIdle() {
    lock.lock();
    try {
      while (busy || !waiting.isEmpty()) {
        changed.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Ends the thread once every group handed over is recorded. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void run() {
    Committed next;
    while ((next = next()) != null) {
      try {
        record(next);
      } catch (Throwable t) {
        // Every appender must hear back; futures already completed ignore this.
        next.group().forEach(b -> b.outcome().completeExceptionally(t));
        LOG.log(Level.ERROR, "recording a commit failed", t);
      } finally {
        done();
      }
    }
  }

  private Committed next() {
    lock.lock();
    try {
      while (waiting.isEmpty() && !closed) {
        changed.awaitUninterruptibly();
      }
      Committed next = waiting.poll();
      busy = next != null;
      changed.signalAll();
      return next;
    } finally {
      lock.unlock();
    }
  }

  private void done() {
    lock.lock();
    try {
      busy = false;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void record(Committed committed) {
    EventCommit commit = committed.commit();
    List<PendingBatch> group = committed.group();
    windows.record(commit);
    tellListener(commit);
    if (commit.outcomes().size() != group.size()) {
      throw new IllegalStateException(
          "the event log reported "
              + commit.outcomes().size()
              + " outcomes for "
              + group.size()
              + " batches");
    }
    for (int i = 0; i < group.size(); i++) {
      group.get(i).outcome().complete(commit.outcomes().get(i));
    }
  }

  private void tellListener(EventCommit commit) {
    try {
      listener.committed(commit);
    } catch (RuntimeException e) {
      // The records are committed: a listener's bug must not turn them into a failure.
      LOG.log(Level.ERROR, "an ingest listener failed on a commit", e);
    }
  }
}
