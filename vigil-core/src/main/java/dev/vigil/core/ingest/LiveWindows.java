package dev.vigil.core.ingest;

import dev.vigil.core.detector.LiveDetectors;
import dev.vigil.core.detector.SavedDetector;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventLog;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.window.DayRollup;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSource;
import dev.vigil.core.window.WindowStore;
import dev.vigil.core.window.WindowSummary;
import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The windows as queries see them: the stored summaries plus the deltas of commits not flushed yet.
 * A flush holds the write lock from draining the deltas until the store has merged them, and
 * recording and reading hold the read lock, so a query never sees a record twice or not at all
 * across a flush.
 *
 * <p>The watermark stored with the deltas must be exactly the last commit they hold. The writer's
 * commits are made under the commit lock, and a flush takes it too and then waits until the
 * recorder has recorded every commit handed over, so no flush falls between such a commit and its
 * recording. A commit of another writer (the KServe join) is recorded by the event log's listener
 * before any later commit can be made, so until it is recorded the watermark stays below it.
 *
 * <p>The streaming detectors are fed with the windows and their changed states are stored in the
 * flush's transaction, so they always include the same commits as the stored windows.
 */
final class LiveWindows implements WindowSource {

  private static final System.Logger LOG = System.getLogger(LiveWindows.class.getName());
  private static final Comparator<Window> BY_START_THEN_VERSION =
      Comparator.comparing((Window w) -> w.key().start())
          .thenComparing(w -> w.key().modelVersion());

  private final WindowAggregator aggregator;
  private final WindowStore store;
  private final LiveDetectors detectors;
  // Fair, so that a stream of queries cannot hold a flush back indefinitely.
  private final ReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final ReentrantLock commitLock = new ReentrantLock();
  private final AtomicLong recordedUpTo = new AtomicLong();
  private volatile boolean dirty;
  private volatile boolean broken;
  private volatile long flushedUpTo;

  LiveWindows(WindowAggregator aggregator, WindowStore store, LiveDetectors detectors) {
    this.aggregator = aggregator;
    this.store = store;
    this.detectors = detectors;
  }

  /** Puts back what the log committed after the stored watermark (start-up, no writer yet). */
  void recover(EventLog log) {
    lock.writeLock().lock();
    try {
      long watermark = store.watermark();
      detectors.load(store.detectors());
      log.replayAfter(watermark, new MarkingSink());
      flushedUpTo = watermark;
      recordedUpTo.set(Math.max(watermark, log.lastSequence()));
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Makes the writer's commit and hands it to the recorder, with no flush in between: a flush first
   * waits for the recorder to record what it was handed.
   */
  void commit(Supplier<EventCommit> append, Consumer<EventCommit> handOver) {
    commitLock.lock();
    try {
      EventCommit commit = append.get();
      recordedUpTo.accumulateAndGet(commit.lastSequence(), Math::max);
      handOver.accept(commit);
    } finally {
      commitLock.unlock();
    }
  }

  /** Adds a commit's predictions and joined pairs to the deltas. */
  void record(EventCommit commit) {
    lock.readLock().lock();
    try {
      if (!commit.insertedPredictions().isEmpty() || !commit.joined().isEmpty()) {
        dirty = true;
        aggregator.record(commit);
        detectors.record(commit);
      }
    } catch (RuntimeException e) {
      markBroken(e);
    } finally {
      recordedUpTo.accumulateAndGet(commit.lastSequence(), Math::max);
      lock.readLock().unlock();
    }
  }

  /**
   * Merges the deltas into the store with the watermark of the last commit recorded; on failure
   * puts them back (the next flush retries) and rethrows. Does nothing when nothing changed. {@code
   * awaitRecorded} waits until every commit handed over is recorded; it runs with no commit in
   * progress.
   *
   * @return true when something was merged into the store, false when there was nothing to flush
   */
  boolean flush(Runnable awaitRecorded) {
    commitLock.lock();
    try {
      awaitRecorded.run();
      return flushRecorded();
    } finally {
      commitLock.unlock();
    }
  }

  private boolean flushRecorded() {
    lock.writeLock().lock();
    try {
      long watermark = recordedUpTo.get();
      if (broken || (!dirty && watermark == flushedUpTo)) {
        return false;
      }
      Map<WindowKey, WindowSummary> deltas = dirty ? aggregator.drain() : Map.of();
      List<SavedDetector> states = detectors.changed();
      dirty = false;
      try {
        store.mergeAll(deltas, states, watermark);
        detectors.saved(states);
        flushedUpTo = watermark;
        return true;
      } catch (RuntimeException e) {
        putBack(deltas, e);
        throw e;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void putBack(Map<WindowKey, WindowSummary> deltas, RuntimeException failure) {
    try {
      aggregator.restore(deltas);
      dirty = true;
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      markBroken(e);
    }
  }

  @Override
  public List<Window> windows(WindowQuery query) {
    List<Window> stored;
    List<Window> pending;
    lock.readLock().lock();
    try {
      stored = store.find(query);
      pending = aggregator.pending(query);
    } finally {
      lock.readLock().unlock();
    }
    return merged(stored, pending);
  }

  /** The store's day roll-ups merged with the roll-ups of the pending deltas of those days. */
  @Override
  public List<Window> days(WindowQuery query) {
    List<Window> stored;
    List<Window> pending;
    lock.readLock().lock();
    try {
      stored = store.findDays(query);
      pending = aggregator.pending(query);
    } finally {
      lock.readLock().unlock();
    }
    return merged(stored, DayRollup.of(pending));
  }

  private static List<Window> merged(List<Window> stored, List<Window> pending) {
    Map<WindowKey, WindowSummary> merged = new HashMap<>();
    for (Window w : stored) {
      merged.merge(w.key(), w.summary(), WindowSummary::merge);
    }
    for (Window w : pending) {
      merged.merge(w.key(), w.summary(), WindowSummary::merge);
    }
    return merged.entrySet().stream()
        .map(e -> new Window(e.getKey(), e.getValue()))
        .sorted(BY_START_THEN_VERSION)
        .toList();
  }

  /** The last event-log sequence number whose commit the windows (stored or pending) include. */
  long recordedUpTo() {
    return recordedUpTo.get();
  }

  /**
   * Deltas missing part of a commit cannot be told apart from whole ones: from now on nothing is
   * flushed, so the stored watermark stays before the damage and the next start-up replays it
   * correctly.
   */
  private void markBroken(RuntimeException e) {
    if (!broken) {
      broken = true;
      LOG.log(
          Level.ERROR,
          "the window deltas lost part of a commit (recording it or putting back a failed flush"
              + " failed); windows are no longer flushed until a restart replays the event log"
              + " after watermark "
              + flushedUpTo,
          e);
    }
  }

  /** The aggregator and the detectors, noting that the replay gave it something to flush. */
  private final class MarkingSink implements EventSink {
    @Override
    public void prediction(PredictionRecord prediction) {
      dirty = true;
      aggregator.prediction(prediction);
      detectors.prediction(prediction);
    }

    @Override
    public void joined(LabeledPrediction pair) {
      dirty = true;
      aggregator.joined(pair);
      detectors.joined(pair);
    }
  }
}
