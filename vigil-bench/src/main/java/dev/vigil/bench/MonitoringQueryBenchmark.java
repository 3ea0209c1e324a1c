package dev.vigil.bench;

import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.query.DriftView;
import dev.vigil.core.query.EstimatedPerformanceView;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.PerformanceView;
import dev.vigil.core.query.QueryParameters;
import dev.vigil.core.query.WindowsView;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.window.ReferenceBuilder;
import dev.vigil.core.window.WindowAggregator;
import dev.vigil.core.window.WindowSource;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcWindowStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monitoring queries of issue 4 over 90 days of hourly windows of a 20-feature model (14
 * numeric, 6 categorical), stored in a real SQLite window store: drift of the whole range against
 * the reference, the windows rolled up to days, and realized performance. Each hour holds {@code
 * perHour} predictions, every one labelled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class MonitoringQueryBenchmark {

  static final int NUMERIC = 14;
  static final int CATEGORICAL = 6;
  static final int DAYS = 90;
  static final Instant END = Instant.parse("2026-11-23T00:00:00Z");

  @Param({"200", "5000"})
  int perHour;

  Path dir;
  Database database;
  MonitoringQueries queries;
  QueryParameters range;

  @Setup(Level.Trial)
  public void fill() throws IOException {
    dir = Files.createTempDirectory("vigil-query-bench");
    database = Database.openDataDir(dir);
    JdbcModelStore models = new JdbcModelStore(database);
    MonitoredModel model = model();
    models.create(model);
    JdbcWindowStore windows = new JdbcWindowStore(database);
    JdbcReferenceStore references = new JdbcReferenceStore(database);
    references.put(model.name(), reference(model));
    WindowAggregator aggregator = new WindowAggregator(name -> Optional.of(model));
    SplittableRandom random = new SplittableRandom(7);
    Instant start = END.minus(Duration.ofDays(DAYS));
    long sequence = 0;
    for (int hour = 0; hour < DAYS * 24; hour++) {
      Instant t = start.plus(Duration.ofHours(hour));
      for (int i = 0; i < perHour; i++) {
        PredictionRecord p =
            prediction(model, "p" + hour + "-" + i, t.plusSeconds(i % 3600), random);
        aggregator.prediction(p);
        aggregator.joined(
            new LabeledPrediction(
                p,
                new LabelRecord(
                    model.name(),
                    p.predictionId(),
                    random.nextDouble() < p.score() ? 1 : 0,
                    p.eventTime().plus(Duration.ofDays(3)))));
      }
      if (hour % 24 == 23) {
        windows.mergeAll(aggregator.drain(), ++sequence);
      }
    }
    queries =
        new MonitoringQueries(
            models, WindowSource.of(windows), references, Clock.fixed(END, ZoneOffset.UTC));
    range = QueryParameters.of(model.name()).withRange(start.toString(), END.toString());
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    database.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(MonitoringQueryBenchmark::delete);
    }
  }

  @Benchmark
  public DriftView drift90Days() {
    return queries.drift(range);
  }

  @Benchmark
  public WindowsView windows90DaysByDay() {
    return queries.windows(range.withGranularity("day"));
  }

  @Benchmark
  public PerformanceView performance90Days() {
    return queries.performance(range);
  }

  /** CBPE over the 90 days: reads every base window (no day roll-ups; docs/ESTIMATION.md). */
  @Benchmark
  public EstimatedPerformanceView estimatedPerformance90Days() {
    return queries.estimatedPerformance(range);
  }

  @Benchmark
  public EstimatedPerformanceView estimatedPerformance90DaysByDay() {
    return queries.estimatedPerformance(range.withGranularity("day"));
  }

  static MonitoredModel model() {
    List<ColumnSchema> columns = new ArrayList<>();
    for (int f = 0; f < NUMERIC; f++) {
      columns.add(new ColumnSchema("n" + f, ColumnKind.NUMERIC));
    }
    for (int f = 0; f < CATEGORICAL; f++) {
      columns.add(new ColumnSchema("c" + f, ColumnKind.CATEGORICAL));
    }
    return new MonitoredModel(
        "churn",
        new DatasetSchema(columns),
        new ClassLabels("churn", List.of("1"), List.of("0")),
        0.5,
        WindowGranularity.HOUR,
        List.of("c0"),
        END.minus(Duration.ofDays(DAYS + 1)));
  }

  static PredictionRecord prediction(
      MonitoredModel model, String id, Instant time, SplittableRandom random) {
    return new PredictionRecord(model.name(), id, "1", time, features(random), random.nextDouble());
  }

  static Map<String, Object> features(SplittableRandom random) {
    Map<String, Object> features = new LinkedHashMap<>();
    for (int f = 0; f < NUMERIC; f++) {
      features.put("n" + f, random.nextGaussian() * (f + 1) + 10 * f);
    }
    for (int f = 0; f < CATEGORICAL; f++) {
      features.put("c" + f, "v" + random.nextInt(3 + f));
    }
    return features;
  }

  private static dev.vigil.core.window.ReferenceSummary reference(MonitoredModel model) {
    // With scores and targets (label drawn with the score's probability), so CBPE can be fitted.
    ReferenceBuilder builder =
        new ReferenceBuilder(model, Optional.of("score"), Optional.of("target"), END);
    SplittableRandom random = new SplittableRandom(11);
    for (int row = 0; row < 10_000; row++) {
      Map<String, Object> values = features(random);
      double score = random.nextDouble();
      values.put("score", score);
      values.put("target", random.nextDouble() < score ? "1" : "0");
      builder.add(values, row);
    }
    return builder.build();
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
