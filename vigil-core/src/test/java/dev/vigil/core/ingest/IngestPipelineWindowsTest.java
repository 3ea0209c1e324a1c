package dev.vigil.core.ingest;

import static dev.vigil.core.ingest.Records.MODEL;
import static dev.vigil.core.ingest.Records.T0;
import static dev.vigil.core.ingest.Records.labels;
import static dev.vigil.core.ingest.Records.predictions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.IngestListener;
import dev.vigil.core.window.DayRollup;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Flushes, watermarks, queries across a flush, and recovery after a crash. */
class IngestPipelineWindowsTest {

  private static final WindowQuery ALL_TIME =
      new WindowQuery(
          MODEL,
          T0.minus(Duration.ofDays(1)),
          T0.plus(Duration.ofDays(30)),
          Segment.ALL,
          Optional.empty());

  private final MemoryEventLog log = new MemoryEventLog(Set.of(MODEL));
  private final MemoryWindowStore windowStore = new MemoryWindowStore();

  private IngestPipeline pipeline() {
    return new IngestPipeline(
        log,
        new WindowAggregator(Records.models()),
        windowStore,
        log.predictionReads(),
        log.labelReads(),
        IngestListener.NONE,
        IngestPipelineTest.SETTINGS);
  }

  private static long predictionCount(Collection<WindowSummary> summaries) {
    return summaries.stream().mapToLong(WindowSummary::predictions).sum();
  }

  private static long labelledCount(Collection<WindowSummary> summaries) {
    return summaries.stream().mapToLong(WindowSummary::labelledCount).sum();
  }

  private List<WindowSummary> storedAll() {
    return windowStore.all().entrySet().stream()
        .filter(e -> e.getKey().segment().isAll())
        .map(e -> e.getValue())
        .toList();
  }

  private static List<WindowSummary> summaries(List<Window> windows) {
    return windows.stream().map(Window::summary).toList();
  }

  @Test
  void aFlushStoresTheDeltasWithTheWatermarkOfTheLastCommit() {
    try (IngestPipeline pipeline = pipeline()) {
      pipeline.start();
      pipeline.predictions().appendAll(predictions(0, 120));
      pipeline.labels().appendAll(labels(0, 30));
      assertEquals(0, windowStore.watermark());

      pipeline.flush();

      assertEquals(log.lastSequence(), windowStore.watermark());
      assertEquals(120, predictionCount(storedAll()));
      assertEquals(30, labelledCount(storedAll()));
      // Two hourly windows of 60 predictions, and every prediction in one Geography segment.
      assertEquals(2, storedAll().size());
      long bySegment =
          windowStore.all().entrySet().stream()
              .filter(e -> e.getKey().segment().column().equals("Geography"))
              .mapToLong(e -> e.getValue().predictions())
              .sum();
      assertEquals(120, bySegment);
    }
  }

  @Test
  void queriesCountStoredAndPendingRecordsOnceEach() {
    try (IngestPipeline pipeline = pipeline()) {
      pipeline.start();
      pipeline.predictions().appendAll(predictions(0, 30));
      pipeline.flush();
      pipeline.predictions().appendAll(predictions(30, 60));
      pipeline.labels().appendAll(labels(0, 10));

      List<Window> windows = pipeline.windows(ALL_TIME);

      assertEquals(1, windows.size());
      assertEquals(new WindowKey(MODEL, "v1", Segment.ALL, T0), windows.get(0).key());
      assertEquals(60, windows.get(0).summary().predictions());
      assertEquals(10, windows.get(0).summary().labelledCount());
      assertEquals(30, predictionCount(storedAll()));
      pipeline.flush();
      assertEquals(60, predictionCount(summaries(pipeline.windows(ALL_TIME))));
    }
  }

  @Test
  void aFailedFlushKeepsItsDeltasForTheNextFlush() {
    try (IngestPipeline pipeline = pipeline()) {
      pipeline.start();
      pipeline.predictions().appendAll(predictions(0, 30));
      RuntimeException down = new IllegalStateException("database down");
      windowStore.failNextMerge(down);

      assertSame(down, assertThrows(IllegalStateException.class, pipeline::flush));
      assertEquals(0, windowStore.watermark());
      assertEquals(30, predictionCount(summaries(pipeline.windows(ALL_TIME))));

      pipeline.predictions().appendAll(predictions(30, 40));
      pipeline.flush();
      assertEquals(40, predictionCount(storedAll()));
      assertEquals(log.lastSequence(), windowStore.watermark());
    }
  }

  @Test
  void closeFlushesEverything() {
    IngestPipeline pipeline = pipeline();
    pipeline.start();
    pipeline.predictions().appendAll(predictions(0, 50));
    pipeline.labels().appendAll(labels(0, 50));
    pipeline.close();

    assertEquals(log.lastSequence(), windowStore.watermark());
    assertEquals(50, predictionCount(storedAll()));
    assertEquals(50, labelledCount(storedAll()));
  }

  @Test
  void startAfterACrashReplaysExactlyWhatWasNotFlushed() {
    IngestPipeline crashed = pipeline();
    crashed.start();
    crashed.predictions().appendAll(predictions(0, 100));
    crashed.labels().appendAll(labels(0, 20));
    crashed.flush();
    long flushedWatermark = windowStore.watermark();
    // After the flush: predictions, labels of flushed predictions, early labels whose
    // predictions come later, and labels never joined.
    crashed.predictions().appendAll(predictions(100, 150));
    crashed.labels().appendAll(labels(20, 60));
    crashed.labels().appendAll(labels(200, 210));
    crashed.predictions().appendAll(predictions(200, 210));
    crashed.labels().appendAll(labels(300, 305));
    // The crash: crashed is never closed, its deltas are lost.
    assertEquals(flushedWatermark, windowStore.watermark());

    try (IngestPipeline restarted = pipeline()) {
      restarted.start();
      assertEquals(log.lastSequence(), windowStore.watermark());
      assertEquals(160, log.predictionCount());
      assertEquals(160, predictionCount(storedAll()));
      assertEquals(70, log.joinedCount());
      assertEquals(70, labelledCount(storedAll()));
    }
    try (IngestPipeline again = pipeline()) {
      again.start();
      assertEquals(160, predictionCount(storedAll()));
      assertEquals(70, labelledCount(storedAll()));
    }
  }

  @Test
  void aCommitOfAnotherWriterReachesTheWindowsAndTheWatermark() {
    try (IngestPipeline pipeline = pipeline()) {
      pipeline.start();
      pipeline.predictions().appendAll(predictions(0, 10));
      // Another writer of the same log (the KServe join) commits through its own path.
      EventCommit other = log.append(List.of(new EventBatch.Predictions(predictions(10, 15))));
      pipeline.otherWriters().committed(other);

      assertEquals(15, predictionCount(summaries(pipeline.windows(ALL_TIME))));
      pipeline.flush();
      assertEquals(15, predictionCount(storedAll()));
      assertEquals(other.lastSequence(), windowStore.watermark());
    }
  }

  @Test
  void queriesDuringAppendsAndFlushesNeitherMissNorDoubleARecord() throws Exception {
    AtomicInteger acknowledged = new AtomicInteger();
    try (IngestPipeline pipeline = pipeline()) {
      pipeline.start();
      Thread appender =
          new Thread(
              () -> {
                for (int b = 0; b < 200; b++) {
                  pipeline.predictions().appendAll(predictions(b * 10, b * 10 + 10));
                  acknowledged.addAndGet(10);
                  if (b % 7 == 0) {
                    pipeline.flush();
                  }
                }
              });
      appender.start();
      while (appender.isAlive()) {
        long before = acknowledged.get();
        long seen = predictionCount(summaries(pipeline.windows(ALL_TIME)));
        long after = log.predictionCount();
        assertTrue(before <= seen && seen <= after, before + " <= " + seen + " <= " + after);
      }
      appender.join();
      assertEquals(2000, predictionCount(summaries(pipeline.windows(ALL_TIME))));
    }
  }

  @Test
  void dayRollUpsMergeStoredAndPendingDays() {
    try (IngestPipeline pipeline = pipeline()) {
      pipeline.start();
      // 2,000 minutes from 10:00 on day 1: day 1 is stored, day 2 is 360 stored and 800 pending.
      pipeline.predictions().appendAll(predictions(0, 1_200));
      pipeline.flush();
      pipeline.predictions().appendAll(predictions(1_200, 2_000));
      WindowQuery days =
          new WindowQuery(
              MODEL,
              Instant.parse("2026-03-01T00:00:00Z"),
              Instant.parse("2026-03-03T00:00:00Z"),
              Segment.ALL,
              Optional.empty());

      List<Window> rolled = pipeline.days(days);

      List<Window> fromBase = DayRollup.of(pipeline.windows(days));
      assertEquals(
          fromBase.stream().map(Window::key).toList(), rolled.stream().map(Window::key).toList());
      assertEquals(2, rolled.size());
      assertEquals(840, rolled.get(0).summary().predictions());
      assertEquals(1_160, rolled.get(1).summary().predictions());
      for (int d = 0; d < 2; d++) {
        assertEquals(
            fromBase.get(d).summary().scores().scores().mean(),
            rolled.get(d).summary().scores().scores().mean(),
            1e-12);
      }
    }
  }
}
