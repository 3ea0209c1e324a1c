package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.ingest.IngestPipeline;
import dev.vigil.core.ingest.IngestSettings;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.serving.QueuedPredictions;
import dev.vigil.core.serving.Scorer;
import dev.vigil.core.serving.ServedModel;
import dev.vigil.core.serving.ServedModels;
import dev.vigil.core.serving.ServingStats;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.http.serving.ServingMetrics;
import dev.vigil.http.serving.ServingRoutes;
import dev.vigil.http.serving.ServingSettings;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcEventLog;
import dev.vigil.store.JdbcEventReader;
import dev.vigil.store.JdbcLabelStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcPendingEventStore;
import dev.vigil.store.JdbcPredictionStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcWindowStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A real server with the serving routes on a test database ({@link Backend}) and the real ingestion
 * pipeline: the monitored models {@code churn} ({@link ModelRoutesTest#CHURN}) and {@code
 * sentinel}, and served models {@code churn} version 1 (always 0.25) and 2 (current, {@link
 * #LOGISTIC}) and {@code unmonitored} (served, not monitored); requests are counted in {@link
 * #stats}, which {@code /api/v1/models/{name}/serving} reads.
 */
final class ServingFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  /** Inputs Age (numeric), Geography (categorical, unused), IsActive (boolean). */
  static final DatasetSchema INPUTS =
      new DatasetSchema(
          List.of(
              new ColumnSchema("Age", ColumnKind.NUMERIC),
              new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
              new ColumnSchema("IsActive", ColumnKind.BOOLEAN)));

  /** sigmoid(0.1 (Age - 40) + (IsActive ? -1 : 1)); a missing age counts as 40. */
  static final Scorer LOGISTIC =
      rows -> {
        double[] scores = new double[rows.size()];
        for (int i = 0; i < scores.length; i++) {
          Object[] row = rows.get(i);
          double age = row[0] == null ? 40 : (Double) row[0];
          double z = 0.1 * (age - 40) + (Boolean.TRUE.equals(row[2]) ? -1 : 1);
          scores[i] = 1 / (1 + Math.exp(-z));
        }
        return scores;
      };

  static double logistic(double age, boolean active) {
    return LOGISTIC.score(List.<Object[]>of(new Object[] {age, "France", active}))[0];
  }

  private static final ServedModel V1 =
      new ServedModel("churn", "1", INPUTS, 0.5, rows -> constant(rows.size(), 0.25));
  private static final ServedModel V2 = new ServedModel("churn", "2", INPUTS, 0.5, LOGISTIC);
  private static final ServedModel UNMONITORED =
      new ServedModel("unmonitored", "7", INPUTS, 0.5, LOGISTIC);

  /** A scorer that refuses every row, as one refuses a value it cannot encode. */
  private static final ServedModel PICKY =
      new ServedModel(
          "picky",
          "1",
          INPUTS,
          0.5,
          rows -> {
            throw new IllegalArgumentException("Geography: 'Mars' is not a known category");
          });

  /** A scorer that fails (a bug, a lost native library): the request answers 500. */
  private static final ServedModel BROKEN =
      new ServedModel(
          "broken",
          "1",
          INPUTS,
          0.5,
          rows -> {
            throw new IllegalStateException("the model's native library is gone");
          });

  static final ServedModels SERVED =
      new ServedModels() {
        @Override
        public Optional<ServedModel> current(String name) {
          return name.equals("churn")
              ? Optional.of(V2)
              : name.equals("unmonitored")
                  ? Optional.of(UNMONITORED)
                  : name.equals("picky")
                      ? Optional.of(PICKY)
                      : name.equals("broken") ? Optional.of(BROKEN) : Optional.empty();
        }

        @Override
        public Optional<ServedModel> version(String name, String version) {
          return current(name)
              .map(m -> m.name().equals("churn") && version.equals("1") ? V1 : m)
              .filter(m -> m.version().equals(version));
        }
      };

  private final Backend.TestDatabase testDatabase;
  final Database database;
  final IngestPipeline pipeline;
  final PrometheusRegistry registry = new PrometheusRegistry();
  final ServingStats stats = new ServingStats(Clock.fixed(NOW, ZoneOffset.UTC));
  private final HttpServer server;
  private final RunningClient client;

  ServingFixture(Backend backend, Path dataDir, ServingSettings settings) {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    JdbcModelStore models = new JdbcModelStore(database);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    pipeline =
        new IngestPipeline(
            new JdbcEventLog(database),
            new WindowAggregator(models::find),
            new JdbcWindowStore(database),
            new JdbcPredictionStore(database),
            new JdbcLabelStore(database),
            commit -> {},
            IngestSettings.defaults().withFlushInterval(Duration.ofHours(1)));
    pipeline.start();
    ServingMetrics metrics = new ServingMetrics(registry);
    ServingRoutes serving =
        new ServingRoutes(
            SERVED,
            new QueuedPredictions(pipeline, models::find, metrics, clock, Duration.ofSeconds(5)),
            Readiness::ok,
            metrics,
            stats,
            settings,
            new ObjectMapper(),
            clock);
    server =
        new HttpServer(
            new EventStores(
                models,
                pipeline.predictions(),
                pipeline.labels(),
                new JdbcPendingEventStore(database)),
            new MonitoringSources(
                pipeline, new JdbcReferenceStore(database), new JdbcEventReader(database)),
            Readiness::ok,
            registry,
            new ServerSettings("127.0.0.1", 0, 1 << 20),
            clock,
            List.of(serving, new ServingSignalRoutes(models::find, stats)));
    client = new RunningClient("http://127.0.0.1:" + server.start());
    register(ModelRoutesTest.CHURN);
    register(ModelRoutesTest.CHURN.replace("\"churn\"", "\"sentinel\""));
  }

  ServingFixture(Backend backend, Path dataDir) {
    this(backend, dataDir, ServingSettings.defaults());
  }

  private void register(String model) {
    Answer created = post("/api/v1/models", model);
    assertEquals(201, created.status(), created.body());
  }

  /**
   * Waits until every served prediction queued so far is committed and in the windows: a blocking
   * append queued after them returns only then (the queue is first in, first out), and the flush
   * writes the windows.
   */
  void settle() {
    pipeline
        .predictions()
        .appendAll(
            List.of(
                new PredictionRecord(
                    "sentinel", UUID.randomUUID().toString(), "1", NOW, Map.of(), 0.5)));
    pipeline.flush();
  }

  long stored(String model) {
    return new JdbcPredictionStore(database).countByModel(model);
  }

  Optional<PredictionRecord> find(String id) {
    return new JdbcPredictionStore(database).find("churn", id);
  }

  Answer get(String path) {
    return client.get(path);
  }

  Answer post(String path, String json) {
    return client.post(path, json);
  }

  /** Every route the server registered, as {@code "GET /path"}. */
  List<String> routes() {
    return server.routes();
  }

  PrometheusText metrics() {
    return PrometheusText.parse(get("/metrics").body());
  }

  private static double[] constant(int rows, double score) {
    double[] scores = new double[rows];
    java.util.Arrays.fill(scores, score);
    return scores;
  }

  @Override
  public void close() {
    server.stop();
    pipeline.close();
    database.close();
    testDatabase.close();
  }
}
