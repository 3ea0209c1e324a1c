package dev.vigil.bench;

import dev.vigil.core.event.IngestListener;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.ingest.IngestPipeline;
import dev.vigil.core.ingest.IngestSettings;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.serving.QueuedPredictions;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcEventLog;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPredictionStore;
import dev.vigil.store.JdbcWindowStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What monitoring adds inside a served request: the prediction records of one answered row (a fresh
 * id, the ten churn inputs, the score) built and handed to the ingestion pipeline without waiting
 * for the commit, as serving does. The pipeline is real (SQLite in a temporary directory, its
 * writer and recorder threads running), so the figure includes the queue's contention with them.
 * Each call is preceded, outside the measured time, by about 20 µs of work, which keeps the rate
 * below what the writer commits, as under real serving load; a full queue would measure the refusal
 * instead (dropped records are counted and reported at tear-down).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ServedPredictionsBenchmark {

  private static final String[] GEOGRAPHY = {"France", "Germany", "Spain"};

  private Path dir;
  private Database database;
  private IngestPipeline pipeline;
  private QueuedPredictions predictions;
  private final AtomicLong dropped = new AtomicLong();
  private long row;

  @Setup(Level.Trial)
  public void start() throws IOException {
    dir = Files.createTempDirectory("vigil-served-bench");
    database = Database.openDataDir(dir);
    MonitoredModel model = model();
    new JdbcModelStore(database).create(model);
    pipeline =
        new IngestPipeline(
            new JdbcEventLog(database),
            new WindowAggregator(name -> Optional.of(model)),
            new JdbcWindowStore(database),
            new JdbcPredictionStore(database),
            new JdbcLabelStore(database),
            IngestListener.NONE,
            IngestSettings.defaults());
    pipeline.start();
    predictions =
        new QueuedPredictions(
            pipeline,
            name -> Optional.of(model),
            (m, reason, count) -> dropped.addAndGet(count),
            Clock.systemUTC(),
            Duration.ofSeconds(5));
  }

  @Setup(Level.Invocation)
  public void pace() {
    Blackhole.consumeCPU(25_000);
  }

  @Benchmark
  public void recordOneServedRow() {
    long r = row++;
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("CreditScore", 500.0 + r % 350);
    features.put("Geography", GEOGRAPHY[(int) (r % 3)]);
    features.put("Gender", r % 2 == 0 ? "Female" : "Male");
    features.put("Age", 18.0 + r % 60);
    features.put("Tenure", (double) (r % 10));
    features.put("Balance", (double) (r % 7) * 20_000);
    features.put("NumOfProducts", 1.0 + r % 4);
    features.put("HasCrCard", (double) (r % 2));
    features.put("IsActiveMember", (double) ((r / 2) % 2));
    features.put("EstimatedSalary", 1_000.0 + r % 199_000);
    predictions.record(
        List.of(
            new PredictionRecord(
                "churn",
                UUID.randomUUID().toString(),
                "1",
                Instant.now(),
                features,
                (r % 100) / 100.0)));
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    pipeline.close();
    database.close();
    System.out.println("\nserved predictions dropped (queue full): " + dropped.get());
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (UncheckedIOException e) {
      // A temporary directory left behind is harmless.
    }
  }

  private static MonitoredModel model() {
    List<ColumnSchema> columns =
        List.of(
            new ColumnSchema("CreditScore", ColumnKind.NUMERIC),
            new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
            new ColumnSchema("Gender", ColumnKind.CATEGORICAL),
            new ColumnSchema("Age", ColumnKind.NUMERIC),
            new ColumnSchema("Tenure", ColumnKind.NUMERIC),
            new ColumnSchema("Balance", ColumnKind.NUMERIC),
            new ColumnSchema("NumOfProducts", ColumnKind.NUMERIC),
            new ColumnSchema("HasCrCard", ColumnKind.NUMERIC),
            new ColumnSchema("IsActiveMember", ColumnKind.NUMERIC),
            new ColumnSchema("EstimatedSalary", ColumnKind.NUMERIC));
    return new MonitoredModel(
        "churn",
        new DatasetSchema(columns),
        new ClassLabels("churn", List.of("1"), List.of("0")),
        0.5,
        WindowGranularity.HOUR,
        List.of(),
        Instant.parse("2026-01-01T00:00:00Z"));
  }
}
