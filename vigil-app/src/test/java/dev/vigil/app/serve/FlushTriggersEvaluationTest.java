package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.IngestListener;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.ingest.IngestPipeline;
import dev.vigil.core.ingest.IngestSettings;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcEventLog;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPredictionStore;
import dev.vigil.store.JdbcWindowStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window flush of a real pipeline on SQLite asks for one evaluation run, on the task's thread;
 * requests coalesce. The periods are a day long, so that only the requests cause runs.
 */
class FlushTriggersEvaluationTest {

  private static final Duration DAY = Duration.ofDays(1);

  @TempDir Path dataDir;

  @Test
  void aFlushThatStoresSomethingCausesOneRunAndAnEmptyFlushNone() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    try (Database database = Database.openDataDir(dataDir)) {
      JdbcModelStore models = new JdbcModelStore(database);
      models.create(churn());
      PeriodicTask evaluation =
          PeriodicTask.start(
              "test-evaluation",
              DAY,
              () -> {
                runs.incrementAndGet();
                ran.countDown();
              });
      try (IngestPipeline pipeline = pipeline(database, models)) {
        pipeline.afterEachFlush(evaluation::runSoon);
        pipeline.predictions().appendAll(List.of(prediction("p1"), prediction("p2")));
        pipeline.flush();
        assertTrue(ran.await(30, TimeUnit.SECONDS), "the flush asked for a run");
        pipeline.flush(); // nothing new: no run
      } finally {
        evaluation.close(); // waits for any run asked for
      }
    }
    assertEquals(1, runs.get());
  }

  @Test
  void requestsMadeWhileARunWaitsShareItAndOneDuringARunGetsAnother() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PeriodicTask task =
        PeriodicTask.start(
            "test-coalescing",
            DAY,
            () -> {
              runs.incrementAndGet();
              started.countDown();
              await(release);
            });
    try {
      task.runSoon();
      assertTrue(started.await(30, TimeUnit.SECONDS));
      task.runSoon(); // during the first run: queued
      task.runSoon(); // shares the queued one
      task.runSoon();
      release.countDown();
    } finally {
      task.close();
    }
    assertEquals(2, runs.get());
    task.runSoon(); // closed: ignored, no exception
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static IngestPipeline pipeline(Database database, JdbcModelStore models) {
    IngestPipeline pipeline =
        new IngestPipeline(
            new JdbcEventLog(database),
            new WindowAggregator(models::find),
            new JdbcWindowStore(database),
            new JdbcPredictionStore(database),
            new JdbcLabelStore(database),
            IngestListener.NONE,
            IngestSettings.defaults().withFlushInterval(DAY));
    pipeline.start();
    return pipeline;
  }

  private static PredictionRecord prediction(String id) {
    return new PredictionRecord(
        "churn", id, "1", Instant.parse("2026-11-23T10:00:00Z"), Map.of("Age", 40.0), 0.4);
  }

  private static MonitoredModel churn() {
    return new MonitoredModel(
        "churn",
        new DatasetSchema(List.of(new ColumnSchema("Age", ColumnKind.NUMERIC))),
        new ClassLabels("churn", List.of("1"), List.of("0")),
        0.5,
        WindowGranularity.HOUR,
        List.of(),
        Instant.EPOCH);
  }
}
