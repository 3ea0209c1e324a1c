package dev.vigil.core.ingest;

import dev.vigil.core.detector.LiveDetectors;
import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventLog;
import dev.vigil.core.event.IngestListener;
import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.PredictionStore;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSource;
import dev.vigil.core.window.WindowStore;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * The ingestion path (docs/INGESTION.md): appenders queue their batches, one writer thread commits
 * them in groups to the {@link EventLog}, a recorder thread records each commit into the window
 * deltas and the listener and then answers its batches, and the deltas are flushed to the {@link
 * WindowStore} every flush interval and on close. Its {@link #predictions()} and {@link #labels()}
 * are the stores the HTTP layer appends to; it is the {@link WindowSource} queries read.
 *
 * <p>Invariants: an append returns only once its batch is committed (durable) and recorded into the
 * windows ({@link #submit} returns at once and hears the outcome later); the window store's
 * watermark is always the last sequence number its summaries include, so {@link #start} replays
 * exactly the commits a crash left unflushed.
 *
 * <p>Life cycle: build, {@link #start}, append from any number of threads, {@link #close}. Batches
 * appended before start wait for it.
 */
public final class IngestPipeline implements WindowSource, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(IngestPipeline.class.getName());

  private final EventLog log;
  private final IngestSettings settings;
  private final BatchQueue queue;
  private final LiveWindows windows;
  private final Recorder recorder;
  private final Thread writer;
  private final Thread recording;
  private final PredictionStore predictions;
  private final LabelStore labels;
  private final List<Runnable> flushListeners = new CopyOnWriteArrayList<>();
  private boolean started;
  private boolean closed;

  /**
   * @param predictionReads where {@link #predictions()} reads (finds and counts)
   * @param labelReads where {@link #labels()} reads
   * @param listener told of every commit: the pipeline's on the recorder thread, other writers' on
   *     theirs
   */
  public IngestPipeline(
      EventLog log,
      WindowAggregator aggregator,
      WindowStore windowStore,
      PredictionStore predictionReads,
      LabelStore labelReads,
      IngestListener listener,
      IngestSettings settings) {
    this(
        log,
        aggregator,
        windowStore,
        predictionReads,
        labelReads,
        listener,
        settings,
        new LiveDetectors(name -> Optional.empty()));
  }

  /**
   * A pipeline that also feeds the streaming detectors of the live streams and stores their states
   * with each window flush (the window store must keep them, as the JDBC one does).
   */
  public IngestPipeline(
      EventLog log,
      WindowAggregator aggregator,
      WindowStore windowStore,
      PredictionStore predictionReads,
      LabelStore labelReads,
      IngestListener listener,
      IngestSettings settings,
      LiveDetectors detectors) {
    this.log = Objects.requireNonNull(log, "log");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.queue = new BatchQueue(settings.queueRecords());
    this.windows =
        new LiveWindows(aggregator, windowStore, Objects.requireNonNull(detectors, "detectors"));
    this.recorder = new Recorder(windows, listener);
    GroupCommitter committer = new GroupCommitter(log, windows, recorder);
    this.writer = new Thread(new Writer(queue, committer, this::flush, settings), "vigil-ingest");
    this.recording = new Thread(recorder, "vigil-ingest-recorder");
    // The event log is durable: threads cut short by the JVM's exit lose nothing acknowledged.
    writer.setDaemon(true);
    recording.setDaemon(true);
    this.predictions = new PipelinePredictions(this, predictionReads);
    this.labels = new PipelineLabels(this, labelReads);
  }

  /**
   * Replays into the windows what the event log committed after the window store's watermark,
   * flushes it, and starts the writer and the recorder.
   */
  public synchronized void start() {
    if (started || closed) {
      throw new IllegalStateException("the ingestion pipeline was already started or closed");
    }
    windows.recover(log);
    flush();
    recording.start();
    writer.start();
    started = true;
  }

  /**
   * Queues the batch and waits until its group is committed.
   *
   * @throws IllegalArgumentException from the event log when a record is refused (nothing of this
   *     batch is stored)
   * @throws IngestOverloadedException when the queue stayed full for the enqueue timeout
   * @throws IllegalStateException when the pipeline is closed
   */
  public BatchOutcome append(EventBatch batch) {
    if (batch.size() == 0) {
      return new BatchOutcome(0, 0, 0);
    }
    PendingBatch pending = new PendingBatch(batch);
    queue.put(pending, settings.enqueueTimeout());
    try {
      return pending.outcome().get();
    } catch (ExecutionException e) {
      throw rethrowable(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted while waiting for the commit; the batch may or may not be stored", e);
    }
  }

  /**
   * Queues the batch if there is room now and returns at once, without waiting for room nor for the
   * commit: for callers that must not wait for a disk, such as the serving routes. {@code
   * whenCommitted} later hears the batch's outcome, or why it failed (a refused record, a failed
   * commit), on the pipeline's recorder thread (on the caller's when the commit came first): it
   * must be quick and must not append.
   *
   * @return false when the queue is full or closed: nothing of the batch is queued and {@code
   *     whenCommitted} is never called
   */
  public boolean submit(
      EventBatch batch, BiConsumer<? super BatchOutcome, ? super Throwable> whenCommitted) {
    Objects.requireNonNull(whenCommitted, "whenCommitted");
    if (batch.size() == 0) {
      whenCommitted.accept(new BatchOutcome(0, 0, 0), null);
      return true;
    }
    PendingBatch pending = new PendingBatch(batch);
    if (!queue.offer(pending)) {
      return false;
    }
    pending.outcome().whenComplete(whenCommitted);
    return true;
  }

  /** The prediction side: appends go through the queue, reads to the read store. */
  public PredictionStore predictions() {
    return predictions;
  }

  /** The label side: appends go through the queue, reads to the read store. */
  public LabelStore labels() {
    return labels;
  }

  /**
   * The listener to give the event log of another writer of the same log, such as the KServe join
   * that stores predictions in its own transaction: its commits then reach the windows and this
   * pipeline's listener. That log must call it after each commit and before making any later one
   * (the JDBC event log does, under its write lock); otherwise a flush could pass a commit by.
   */
  public IngestListener otherWriters() {
    return recorder::recordNow;
  }

  /** Stored windows merged with the deltas not flushed yet. */
  @Override
  public List<Window> windows(WindowQuery query) {
    return windows.windows(query);
  }

  /** Stored day roll-ups merged with the roll-ups of the deltas not flushed yet. */
  @Override
  public List<Window> days(WindowQuery query) {
    return windows.days(query);
  }

  /**
   * Flushes the window deltas now (the writer also does every flush interval). When something was
   * merged into the store, the {@link #afterEachFlush} listeners are then told, on this thread.
   */
  public void flush() {
    if (windows.flush(recorder::awaitIdle)) {
      flushListeners.forEach(this::tell);
    }
  }

  /**
   * Adds a listener told after each flush that merged something into the window store (not after
   * one that found nothing to flush), on the flushing thread (usually the writer's) and outside
   * every lock: it must only signal, e.g. schedule work on its own thread. Its exceptions are
   * logged and ignored.
   */
  public void afterEachFlush(Runnable listener) {
    flushListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  private void tell(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a flush listener failed", e);
    }
  }

  /** Records waiting for the writer. */
  public int queuedRecords() {
    return queue.queuedRecords();
  }

  /** Batches waiting for the writer. */
  public int queuedBatches() {
    return queue.queuedBatches();
  }

  /**
   * Takes in no more batches, commits every batch already queued, waits for the writer, then
   * flushes the windows a last time. Batches queued on a pipeline never started are failed.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.close();
    if (started) {
      join(writer);
      recorder.close();
      join(recording);
      flush();
    } else {
      failQueued();
    }
  }

  private static void join(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void failQueued() {
    IllegalStateException notStarted =
        new IllegalStateException("the ingestion pipeline closed before it started");
    try {
      queue
          .takeGroup(Integer.MAX_VALUE, 0)
          .forEach(b -> b.outcome().completeExceptionally(notStarted));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static RuntimeException rethrowable(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("the group commit failed", cause);
  }
}
