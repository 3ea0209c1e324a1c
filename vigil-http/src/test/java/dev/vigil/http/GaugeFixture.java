package dev.vigil.http;

import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.LabelledScoreSample;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowSource;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.PredictionRecorder;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcWindowStore;
import dev.vigil.store.SettableClock;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Models, windows and references in a test database ({@link Backend}), hand-recorded with the
 * vigil-stats recorders, and {@link MonitoringGauges} over them in a registry of their own, with a
 * settable clock and a window source that counts (and can fail) reads.
 */
final class GaugeFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  /** One prediction: its score, Age, Geography, IsActive and label (-1: none arrived). */
  record Row(double score, double age, String geography, boolean active, int label) {}

  private final Backend.TestDatabase testDatabase;
  final Database database;
  final JdbcModelStore models;
  final JdbcWindowStore windows;
  final JdbcReferenceStore references;
  final CountingWindowSource counted;
  final SettableClock clock = new SettableClock(NOW);
  final PrometheusRegistry registry = new PrometheusRegistry();
  private long watermark;

  GaugeFixture(Backend backend, Path dataDir) {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    models = new JdbcModelStore(database);
    windows = new JdbcWindowStore(database);
    references = new JdbcReferenceStore(database);
    counted = new CountingWindowSource(WindowSource.of(windows));
    registry.register(
        new MonitoringGauges(
            new MonitoringQueries(models, counted, references, clock), models, clock));
  }

  /** The queries the API would answer with, over the same data but not counted. */
  MonitoringQueries queries() {
    return new MonitoringQueries(models, WindowSource.of(windows), references, clock);
  }

  PrometheusText scrape() {
    return PrometheusText.scrape(registry);
  }

  void model(String name) {
    models.create(
        new MonitoredModel(
            name,
            new DatasetSchema(
                List.of(
                    new ColumnSchema("Age", ColumnKind.NUMERIC),
                    new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
                    new ColumnSchema("IsActive", ColumnKind.BOOLEAN))),
            new ClassLabels("churned", List.of("1"), List.of("0")),
            0.5,
            WindowGranularity.HOUR,
            List.of(),
            NOW.minusSeconds(86_400 * 30)));
  }

  /** {@code n} rows: ages from {@code minAge} up by 1 (30 of them), France and Spain in turn. */
  static List<Row> rows(int n, double minAge, double scoreShift, boolean labelled) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(
            i ->
                new Row(
                    Math.min(1, (i % 20) / 20.0 + 0.025 + scoreShift),
                    minAge + i % 30,
                    i % 2 == 0 ? "France" : "Spain",
                    i % 2 == 0,
                    labelled && i % 4 != 0 ? (i % 3 == 0 ? 1 : 0) : -1))
        .toList();
  }

  /** Stores the window of version {@code version} starting at {@code start}, segment all. */
  void window(String model, String version, String start, List<Row> rows) {
    PredictionRecorder scores = new PredictionRecorder(0.5);
    LabelledRecorder labelled = new LabelledRecorder(0.5);
    NumericRecorder delays = new NumericRecorder();
    Features features = new Features();
    for (Row row : rows) {
      scores.record(row.score());
      features.record(row);
      if (row.label() >= 0) {
        labelled.record(row.score(), row.label());
        delays.record(3_600);
      }
    }
    WindowSummary summary =
        new WindowSummary(
            scores.summary(),
            features.summaries(),
            labelled.summary(),
            delays.summary(),
            new NumericRecorder().summary());
    windows.mergeAll(
        Map.of(new WindowKey(model, version, Segment.ALL, Instant.parse(start)), summary),
        ++watermark);
  }

  /**
   * The reference of the rows, with their scores and labels, and the (score, label) pairs of the
   * labelled rows for the estimated performance.
   */
  void reference(String model, List<Row> rows) {
    PredictionRecorder scores = new PredictionRecorder(0.5);
    CategoricalRecorder target = new CategoricalRecorder();
    Features features = new Features();
    List<Row> labelled = rows.stream().filter(r -> r.label() >= 0).toList();
    for (Row row : rows) {
      scores.record(row.score());
      features.record(row);
      target.record(Integer.toString(Math.max(0, row.label())));
    }
    references.put(
        model,
        new ReferenceSummary(
            NOW.minusSeconds(86_400 * 10),
            rows.size(),
            features.summaries(),
            scores.summary(),
            target.summary(),
            new LabelledScoreSample(
                labelled.size(),
                labelled.stream().mapToDouble(Row::score).toArray(),
                labelled.stream().mapToInt(Row::label).toArray())));
  }

  /** The three features of the test schema, recorded as the window aggregator does. */
  private static final class Features {
    private final NumericRecorder age = new NumericRecorder();
    private final CategoricalRecorder geography = new CategoricalRecorder();
    private final CategoricalRecorder active = new CategoricalRecorder();

    void record(Row row) {
      age.record(row.age());
      geography.record(row.geography());
      active.recordBoolean(row.active());
    }

    Map<String, FeatureSummary> summaries() {
      return Map.of(
          "Age", new FeatureSummary.Numeric(age.summary(), 0),
          "Geography", new FeatureSummary.Categorical(geography.summary(), 0),
          "IsActive", new FeatureSummary.Categorical(active.summary(), 0));
    }
  }

  @Override
  public void close() {
    database.close();
    testDatabase.close();
  }
}
