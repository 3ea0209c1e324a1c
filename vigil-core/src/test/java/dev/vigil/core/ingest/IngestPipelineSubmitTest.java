package dev.vigil.core.ingest;

import static dev.vigil.core.ingest.Records.MODEL;
import static dev.vigil.core.ingest.Records.predictions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.BatchOutcome;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.window.WindowAggregator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** {@link IngestPipeline#submit}: queued without waiting, refused at once when there is no room. */
class IngestPipelineSubmitTest {

  private static final IngestSettings TEN_RECORDS =
      new IngestSettings(Duration.ofHours(1), 10, 10, Duration.ofHours(1));

  private final MemoryEventLog log = new MemoryEventLog(Set.of(MODEL));

  private IngestPipeline pipeline(IngestSettings settings) {
    return new IngestPipeline(
        log,
        new WindowAggregator(Records.models()),
        new MemoryWindowStore(),
        log.predictionReads(),
        log.labelReads(),
        commit -> {},
        settings);
  }

  /** What a submit heard: its outcome or its failure. */
  private static final class Heard implements BiConsumer<BatchOutcome, Throwable> {
    final CompletableFuture<BatchOutcome> outcome = new CompletableFuture<>();

    @Override
    public void accept(BatchOutcome result, Throwable failure) {
      if (failure != null) {
        outcome.completeExceptionally(failure);
      } else {
        outcome.complete(result);
      }
    }
  }

  private static EventBatch batch(List<PredictionRecord> records) {
    return new EventBatch.Predictions(records);
  }

  @Test
  void aSubmittedBatchIsQueuedWithoutWaitingAndCommittedOnceStarted() {
    try (IngestPipeline pipeline = pipeline(TEN_RECORDS)) {
      Heard heard = new Heard();
      // Not started: an append would wait for the commit, a submit returns at once.
      assertTrue(pipeline.submit(batch(predictions(0, 4)), heard));
      assertEquals(4, pipeline.queuedRecords());
      assertFalse(heard.outcome.isDone());
      pipeline.start();
      assertEquals(new BatchOutcome(4, 0, 0), heard.outcome.join());
      assertEquals(4, log.predictionCount());
    }
  }

  @Test
  void aFullQueueRefusesAtOnceAndKeepsNothingOfTheBatch() {
    try (IngestPipeline pipeline = pipeline(TEN_RECORDS)) {
      Heard first = new Heard();
      Heard refused = new Heard();
      assertTrue(pipeline.submit(batch(predictions(0, 8)), first));
      // The enqueue timeout is an hour: append would wait, submit does not.
      assertFalse(pipeline.submit(batch(predictions(8, 11)), refused));
      assertEquals(8, pipeline.queuedRecords());
      assertTrue(pipeline.submit(batch(predictions(8, 10)), new Heard()));
      pipeline.start();
      first.outcome.join();
      pipeline.flush();
      assertEquals(10, log.predictionCount());
      assertFalse(refused.outcome.isDone(), "a refused batch is never answered");
    }
  }

  @Test
  void aBatchLargerThanTheQueueIsTakenWhenTheQueueIsEmpty() {
    try (IngestPipeline pipeline = pipeline(TEN_RECORDS)) {
      Heard heard = new Heard();
      assertTrue(pipeline.submit(batch(predictions(0, 25)), heard));
      pipeline.start();
      assertEquals(new BatchOutcome(25, 0, 0), heard.outcome.join());
    }
  }

  @Test
  void duplicatesAndRefusalsAreHeardNotThrown() {
    try (IngestPipeline pipeline = pipeline(TEN_RECORDS)) {
      pipeline.start();
      Heard first = new Heard();
      Heard again = new Heard();
      Heard unknown = new Heard();
      assertTrue(pipeline.submit(batch(predictions(0, 3)), first));
      first.outcome.join();
      assertTrue(pipeline.submit(batch(predictions(0, 3)), again));
      assertEquals(new BatchOutcome(0, 3, 0), again.outcome.join());
      assertTrue(pipeline.submit(batch(List.of(Records.ofModel("ghost", 1))), unknown));
      Throwable failure = unknown.outcome.handle((r, t) -> t).join();
      assertInstanceOf(IllegalArgumentException.class, failure);
    }
  }

  @Test
  void aClosedPipelineRefusesAndAnEmptyBatchIsAnsweredAtOnce() {
    IngestPipeline pipeline = pipeline(TEN_RECORDS);
    Heard empty = new Heard();
    assertTrue(pipeline.submit(batch(List.of()), empty));
    assertEquals(new BatchOutcome(0, 0, 0), empty.outcome.getNow(null));
    pipeline.start();
    pipeline.close();
    Heard late = new Heard();
    assertFalse(pipeline.submit(batch(predictions(0, 1)), late));
    assertNull(late.outcome.getNow(null));
  }
}
