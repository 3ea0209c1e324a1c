package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowSource;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionRecorder;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcWindowStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A real server whose models, windows and references live in a test database ({@link Backend}),
 * with the hourly model {@code churn} registered, a fixed clock ({@link #NOW}), and helpers that
 * build window and reference summaries with the vigil-stats recorders and store them.
 */
final class QueryFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
  static final String MODEL =
      """
      {"name": "churn", "schema": [{"name": "Age", "type": "numeric"},
        {"name": "Geography", "type": "categorical"}, {"name": "IsActive", "type": "boolean"}],
       "positive_class": "churned", "positive_labels": [1, "Yes", true],
       "negative_labels": [0, "No", false], "threshold": 0.5, "granularity": "hour",
       "segments": ["Geography"]}
      """;

  private final Backend.TestDatabase testDatabase;
  final Database database;
  private final JdbcWindowStore windows;
  private final JdbcReferenceStore references;
  final RunningServer server;

  QueryFixture(Backend backend, Path dataDir, ServerSettings settings) {
    this(backend, dataDir, settings, Map.of());
  }

  /** With {@code headers} (e.g. an admin token) on the request that registers the model. */
  QueryFixture(
      Backend backend, Path dataDir, ServerSettings settings, Map<String, String> headers) {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    windows = new JdbcWindowStore(database);
    references = new JdbcReferenceStore(database);
    server =
        new RunningServer(
            new EventStores(
                new JdbcModelStore(database),
                UnusedStores.PREDICTIONS,
                UnusedStores.LABELS,
                UnusedStores.KSERVE_EVENTS),
            new MonitoringSources(WindowSource.of(windows), references),
            Readiness::ok,
            settings,
            Clock.fixed(NOW, ZoneOffset.UTC));
    Answer created =
        server.send(
            "POST",
            "/api/v1/models",
            "application/json",
            java.net.http.HttpRequest.BodyPublishers.ofString(MODEL),
            headers);
    assertEquals(201, created.status(), created.body());
  }

  QueryFixture(Backend backend, Path dataDir) {
    this(backend, dataDir, new ServerSettings("127.0.0.1", 0, 1 << 20));
  }

  /** A window of churn: rows are {score, age (NaN: missing), label (-1: none), latency (NaN)}. */
  void window(String version, Segment segment, String start, String[] geography, double[]... rows) {
    PredictionRecorder scores = new PredictionRecorder(0.5);
    LabelledRecorder labelled = new LabelledRecorder(0.5);
    NumericRecorder ages = new NumericRecorder();
    NumericRecorder delays = new NumericRecorder();
    NumericRecorder latencies = new NumericRecorder();
    CategoricalRecorder countries = new CategoricalRecorder();
    CategoricalRecorder active = new CategoricalRecorder();
    for (int i = 0; i < rows.length; i++) {
      double[] row = rows[i];
      scores.record(row[0]);
      ages.record(row[1]);
      countries.record(geography[i]);
      active.recordBoolean(i % 2 == 0);
      if (row[2] >= 0) {
        labelled.record(row[0], (int) row[2]);
        delays.record(3600);
      }
      if (!Double.isNaN(row[3])) {
        latencies.record(row[3]);
      }
    }
    WindowSummary summary =
        new WindowSummary(
            scores.summary(),
            Map.of(
                "Age", new FeatureSummary.Numeric(ages.summary(), 0),
                "Geography", new FeatureSummary.Categorical(countries.summary(), 0),
                "IsActive", new FeatureSummary.Categorical(active.summary(), 0)),
            labelled.summary(),
            delays.summary(),
            latencies.summary());
    // Written directly, not derived from an event log: the watermark stays 0.
    windows.mergeAll(
        Map.of(new WindowKey("churn", version, segment, Instant.parse(start)), summary), 0);
  }

  /** The reference: ages 30-60, France and Spain, scores, and targets 0, 1, 0, 1. */
  void reference() {
    CategoricalRecorder countries = new CategoricalRecorder();
    CategoricalRecorder active = new CategoricalRecorder();
    CategoricalRecorder target = new CategoricalRecorder();
    PredictionRecorder scores = new PredictionRecorder(0.5);
    double[] referenceScores = {0.3, 0.8, 0.2, 0.6};
    for (int i = 0; i < 4; i++) {
      countries.record(i % 2 == 0 ? "France" : "Spain");
      active.recordBoolean(i % 2 == 0);
      target.record(Integer.toString(i % 2));
      scores.record(referenceScores[i]);
    }
    references.put(
        "churn",
        new ReferenceSummary(
            Instant.parse("2026-11-01T00:00:00Z"),
            4,
            Map.of(
                "Age", new FeatureSummary.Numeric(NumericSummary.of(30, 40, 50, 60), 0),
                "Geography", new FeatureSummary.Categorical(countries.summary(), 0),
                "IsActive", new FeatureSummary.Categorical(active.summary(), 0)),
            scores.summary(),
            target.summary()));
  }

  /** Two windows over two days and versions, and one of the segment Geography=France. */
  void standardWindows() {
    double none = Double.NaN;
    window(
        "1",
        Segment.ALL,
        "2026-11-22T22:00:00Z",
        new String[] {"France", "Spain", "Germany"},
        new double[] {0.9, 35, 1, 0.010},
        new double[] {0.2, 45, -1, none},
        new double[] {0.6, none, 0, none});
    window(
        "2",
        Segment.ALL,
        "2026-11-23T10:00:00Z",
        new String[] {"France", "France"},
        new double[] {0.4, 25, -1, none},
        new double[] {0.7, 70, -1, none});
    window(
        "1",
        new Segment("Geography", "France"),
        "2026-11-22T22:00:00Z",
        new String[] {"France"},
        new double[] {0.9, 35, 1, 0.010});
  }

  @Override
  public void close() {
    server.close();
    database.close();
    testDatabase.close();
  }
}
