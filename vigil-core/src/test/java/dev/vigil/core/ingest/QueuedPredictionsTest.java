package dev.vigil.core.ingest;

import static dev.vigil.core.ingest.Records.MODEL;
import static dev.vigil.core.ingest.Records.predictions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.serving.DropReason;
import dev.vigil.core.serving.QueuedPredictions;
import dev.vigil.core.window.WindowAggregator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Served predictions through the pipeline: kept, or counted as dropped with the reason. */
class QueuedPredictionsTest {

  private static final IngestSettings TEN_RECORDS =
      new IngestSettings(Duration.ofHours(1), 10, 10, Duration.ofHours(1));

  private final MemoryEventLog log = new MemoryEventLog(Set.of(MODEL));
  private final Map<DropReason, Integer> drops = new ConcurrentHashMap<>();
  private final AtomicInteger lookups = new AtomicInteger();
  private final MovableClock clock = new MovableClock();

  private final IngestPipeline pipeline =
      new IngestPipeline(
          log,
          new WindowAggregator(Records.models()),
          new MemoryWindowStore(),
          log.predictionReads(),
          log.labelReads(),
          commit -> {},
          TEN_RECORDS);

  private final Function<String, Optional<MonitoredModel>> counted =
      name -> {
        lookups.incrementAndGet();
        return Records.models().apply(name);
      };

  private final QueuedPredictions served =
      new QueuedPredictions(
          pipeline,
          counted,
          (model, reason, count) -> drops.merge(reason, count, Integer::sum),
          clock,
          Duration.ofSeconds(10));

  @Test
  void predictionsOfAMonitoredModelAreStoredAndRepeatedIdsCountedAsDropped() {
    pipeline.start();
    served.record(predictions(0, 3));
    served.record(predictions(2, 5));
    pipeline.close();
    assertEquals(5, log.predictionCount());
    assertEquals(Map.of(DropReason.DUPLICATE, 1), drops);
  }

  @Test
  void aFullQueueDropsTheRequestsPredictions() {
    served.record(predictions(0, 8));
    served.record(predictions(8, 11));
    pipeline.start();
    pipeline.close();
    assertEquals(8, log.predictionCount());
    assertEquals(Map.of(DropReason.QUEUE_FULL, 3), drops);
  }

  @Test
  void anUnmonitoredNameIsDroppedAndAskedForAgainOnlyAfterTheRecheckDelay() {
    pipeline.start();
    served.record(List.of(Records.ofModel("ghost", 1)));
    served.record(List.of(Records.ofModel("ghost", 2)));
    assertEquals(1, lookups.get());
    clock.advance(Duration.ofSeconds(10));
    served.record(List.of(Records.ofModel("ghost", 3)));
    assertEquals(2, lookups.get());
    pipeline.close();
    assertEquals(0, log.predictionCount());
    assertEquals(Map.of(DropReason.NOT_MONITORED, 3), drops);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-23T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
