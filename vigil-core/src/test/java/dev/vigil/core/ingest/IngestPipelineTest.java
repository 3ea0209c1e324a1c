package dev.vigil.core.ingest;

import static dev.vigil.core.ingest.Records.MODEL;
import static dev.vigil.core.ingest.Records.label;
import static dev.vigil.core.ingest.Records.ofModel;
import static dev.vigil.core.ingest.Records.predictions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.LabelAppendResult;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.window.WindowAggregator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit, per-batch outcomes, failures and back-pressure of {@link IngestPipeline}. */
class IngestPipelineTest {

  // Long enough never to fire during a test: flushes are asked for explicitly.
  static final IngestSettings SETTINGS =
      IngestSettings.defaults().withFlushInterval(Duration.ofHours(1));

  private final MemoryEventLog log = new MemoryEventLog(Set.of(MODEL));
  private final MemoryWindowStore windowStore = new MemoryWindowStore();
  private final ExecutorService appenders = Executors.newCachedThreadPool();
  private final AtomicInteger commitsHeard = new AtomicInteger();

  @AfterEach
  void stopAppenders() {
    appenders.shutdownNow();
  }

  private IngestPipeline pipeline(IngestSettings settings) {
    return new IngestPipeline(
        log,
        new WindowAggregator(Records.models()),
        windowStore,
        log.predictionReads(),
        log.labelReads(),
        commit -> commitsHeard.incrementAndGet(),
        settings);
  }

  private <T> CompletableFuture<T> async(Supplier<T> append) {
    return CompletableFuture.supplyAsync(append, appenders);
  }

  /** Waits (without a deadline) until the pipeline holds {@code batches} queued batches. */
  private static void awaitQueued(IngestPipeline pipeline, int batches) {
    while (pipeline.queuedBatches() < batches) {
      Thread.onSpinWait();
    }
  }

  @Test
  void batchesQueuedTogetherAreCommittedInOneAppend() {
    try (IngestPipeline pipeline = pipeline(SETTINGS)) {
      List<CompletableFuture<AppendResult>> results = new ArrayList<>();
      for (int b = 0; b < 5; b++) {
        List<PredictionRecord> batch = predictions(b * 10, b * 10 + 10);
        results.add(async(() -> pipeline.predictions().appendAll(batch)));
        awaitQueued(pipeline, b + 1);
      }
      pipeline.start();
      results.forEach(r -> assertEquals(new AppendResult(10, 0), r.join()));
      assertEquals(List.of(List.of(10, 10, 10, 10, 10)), log.calls());
      assertEquals(50, pipeline.predictions().countByModel(MODEL));
      assertEquals(1, commitsHeard.get());
    }
  }

  @Test
  void aGroupTakesBatchesUpToItsRecordBudget() {
    IngestSettings small = new IngestSettings(Duration.ofHours(1), 1_000, 25, Duration.ZERO);
    try (IngestPipeline pipeline = pipeline(small)) {
      List<CompletableFuture<AppendResult>> results = new ArrayList<>();
      for (int b = 0; b < 4; b++) {
        List<PredictionRecord> batch = predictions(b * 10, b * 10 + 10);
        results.add(async(() -> pipeline.predictions().appendAll(batch)));
        awaitQueued(pipeline, b + 1);
      }
      pipeline.start();
      results.forEach(CompletableFuture::join);
      assertEquals(List.of(List.of(10, 10), List.of(10, 10)), log.calls());
    }
  }

  @Test
  void eachBatchGetsItsOwnOutcomeInsideAGroup() {
    try (IngestPipeline pipeline = pipeline(SETTINGS)) {
      var first = async(() -> pipeline.predictions().appendAll(predictions(0, 10)));
      awaitQueued(pipeline, 1);
      // p5..p14 overlaps the first batch on p5..p9, inside the same commit.
      var overlapping = async(() -> pipeline.predictions().appendAll(predictions(5, 15)));
      awaitQueued(pipeline, 2);
      var labels =
          async(() -> pipeline.labels().appendAll(List.of(label(1, 1), label(1, 1), label(1, 0))));
      awaitQueued(pipeline, 3);
      pipeline.start();

      assertEquals(new AppendResult(10, 0), first.join());
      assertEquals(new AppendResult(5, 5), overlapping.join());
      assertEquals(new LabelAppendResult(1, 1, 1), labels.join());
      assertEquals(1, log.calls().size());
      assertEquals(1, pipeline.labels().conflicts(MODEL, "p1").size());
      assertEquals(1, log.joinedCount());
    }
  }

  @Test
  void aBatchOfAnUnknownModelFailsAloneAndTheRestOfItsGroupIsStored() {
    try (IngestPipeline pipeline = pipeline(SETTINGS)) {
      var good1 = async(() -> pipeline.predictions().appendAll(predictions(0, 10)));
      awaitQueued(pipeline, 1);
      var bad = async(() -> pipeline.predictions().appendAll(List.of(ofModel("nobody", 99))));
      awaitQueued(pipeline, 2);
      var good2 = async(() -> pipeline.predictions().appendAll(predictions(10, 20)));
      awaitQueued(pipeline, 3);
      pipeline.start();

      assertEquals(new AppendResult(10, 0), good1.join());
      assertEquals(new AppendResult(10, 0), good2.join());
      CompletionException e = assertThrows(CompletionException.class, bad::join);
      assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause().toString());
      assertTrue(e.getCause().getMessage().contains("modelName"), e.getCause().getMessage());
      // The group once, then each batch alone.
      assertEquals(List.of(List.of(10, 1, 10), List.of(10), List.of(1), List.of(10)), log.calls());
      assertEquals(20, log.predictionCount());
    }
  }

  @Test
  void aFailedCommitFailsEveryBatchOfItsGroupWithTheSameException() {
    IllegalStateException diskFull = new IllegalStateException("disk full");
    log.failNextAppend(diskFull);
    try (IngestPipeline pipeline = pipeline(SETTINGS)) {
      var a = async(() -> pipeline.predictions().appendAll(predictions(0, 10)));
      awaitQueued(pipeline, 1);
      var b = async(() -> pipeline.labels().appendAll(List.of(label(3, 1))));
      awaitQueued(pipeline, 2);
      pipeline.start();

      assertSame(diskFull, assertThrows(CompletionException.class, a::join).getCause());
      assertSame(diskFull, assertThrows(CompletionException.class, b::join).getCause());
      assertEquals(0, log.predictionCount());
      // The pipeline goes on: a later batch is stored.
      assertEquals(new AppendResult(10, 0), pipeline.predictions().appendAll(predictions(0, 10)));
    }
  }

  @Test
  void aFullQueueRefusesAfterTheEnqueueTimeout() {
    IngestSettings tiny = new IngestSettings(Duration.ofHours(1), 10, 10, Duration.ZERO);
    try (IngestPipeline pipeline = pipeline(tiny)) {
      var waiting = async(() -> pipeline.predictions().appendAll(predictions(0, 8)));
      awaitQueued(pipeline, 1);

      var e =
          assertThrows(
              IngestOverloadedException.class,
              () -> pipeline.predictions().appendAll(predictions(8, 11)));
      assertTrue(e.getMessage().contains("8 of 10 records"), e.getMessage());
      // Two records still fit.
      var fits = async(() -> pipeline.predictions().appendAll(predictions(8, 10)));
      awaitQueued(pipeline, 2);
      pipeline.start();
      assertEquals(new AppendResult(8, 0), waiting.join());
      assertEquals(new AppendResult(2, 0), fits.join());
      assertEquals(10, log.predictionCount());
    }
  }

  @Test
  void aBatchLargerThanTheQueueIsTakenWhenTheQueueIsEmpty() {
    IngestSettings tiny = new IngestSettings(Duration.ofHours(1), 10, 10, Duration.ZERO);
    try (IngestPipeline pipeline = pipeline(tiny)) {
      pipeline.start();
      assertEquals(new AppendResult(25, 0), pipeline.predictions().appendAll(predictions(0, 25)));
      assertEquals(List.of(List.of(25)), log.calls());
    }
  }

  @Test
  void anEmptyBatchIsAnsweredWithoutACommit() {
    try (IngestPipeline pipeline = pipeline(SETTINGS)) {
      pipeline.start();
      assertEquals(new AppendResult(0, 0), pipeline.predictions().appendAll(List.of()));
      assertEquals(new LabelAppendResult(0, 0, 0), pipeline.labels().appendAll(List.of()));
      assertEquals(List.of(), log.calls());
    }
  }

  @Test
  void closeCommitsEverythingQueuedAndThenRefusesAppends() {
    IngestPipeline pipeline = pipeline(SETTINGS);
    List<CompletableFuture<AppendResult>> results = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      List<PredictionRecord> batch = predictions(b * 10, b * 10 + 10);
      results.add(async(() -> pipeline.predictions().appendAll(batch)));
      awaitQueued(pipeline, b + 1);
    }
    pipeline.start();
    pipeline.close();

    results.forEach(r -> assertEquals(new AppendResult(10, 0), r.join()));
    assertEquals(30, log.predictionCount());
    var e =
        assertThrows(
            IllegalStateException.class, () -> pipeline.predictions().appendAll(predictions(0, 1)));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void closingAPipelineNeverStartedFailsWhatWasQueued() {
    IngestPipeline pipeline = pipeline(SETTINGS);
    var queued = async(() -> pipeline.predictions().appendAll(predictions(0, 10)));
    awaitQueued(pipeline, 1);
    pipeline.close();
    var e = assertThrows(CompletionException.class, queued::join);
    assertTrue(e.getCause() instanceof IllegalStateException, e.getCause().toString());
    assertEquals(List.of(), log.calls());
  }

  @Test
  void concurrentAppendersStoreEachPredictionExactlyOnce() {
    int threads = 8;
    int batchesPerThread = 40;
    try (IngestPipeline pipeline = pipeline(SETTINGS)) {
      pipeline.start();
      List<CompletableFuture<Integer>> inserted = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        inserted.add(
            async(
                () -> {
                  int sum = 0;
                  for (int b = 0; b < batchesPerThread; b++) {
                    // Threads t and t+1 overlap by half a batch.
                    int from = (thread * batchesPerThread + b) * 20 - thread * 10;
                    sum +=
                        pipeline.predictions().appendAll(predictions(from, from + 20)).inserted();
                  }
                  return sum;
                }));
      }
      int total = inserted.stream().mapToInt(CompletableFuture::join).sum();
      assertEquals(log.predictionCount(), total);
      assertEquals(total, pipeline.predictions().countByModel(MODEL));
      assertTrue(log.calls().size() <= threads * batchesPerThread);
    }
  }

  @Test
  void aListenerThatThrowsDoesNotFailTheCommit() {
    IngestPipeline pipeline =
        new IngestPipeline(
            log,
            new WindowAggregator(Records.models()),
            windowStore,
            log.predictionReads(),
            log.labelReads(),
            commit -> {
              commitsHeard.incrementAndGet();
              throw new IllegalStateException("listener bug");
            },
            SETTINGS);
    try (pipeline) {
      pipeline.start();
      assertEquals(new AppendResult(3, 0), pipeline.predictions().appendAll(predictions(0, 3)));
    }
    assertEquals(1, commitsHeard.get());
    assertEquals(3, log.predictionCount());
  }
}
