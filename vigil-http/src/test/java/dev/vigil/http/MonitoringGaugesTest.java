package dev.vigil.http;

import static dev.vigil.http.GaugeFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.query.DriftView;
import dev.vigil.core.query.EstimatedMetrics;
import dev.vigil.core.query.PerformanceStats;
import dev.vigil.core.query.QueryParameters;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.estimate.MetricEstimate;
import dev.vigil.stats.metrics.ClassificationMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The drift and performance gauges against the monitoring queries over the same stored windows (on
 * each backend): same values and methods, no drift series without a reference or data, 15 s of
 * caching, and a failing model that does not spoil the scrape.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class MonitoringGaugesTest {

  private static final Instant DAY_23 = Instant.parse("2026-11-23T00:00:00Z");

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private GaugeFixture fixture;

  @BeforeEach
  void open() {
    fixture = new GaugeFixture(backend, dataDir);
    // churn: reference ages 30-59; the last 24 hours hold ages 70-99 (drift on Age only) and
    // shifted scores. Labels on the 22nd and the 23rd; none yet on the 24th.
    fixture.model("churn");
    fixture.reference("churn", rows(300, 30, 0, true));
    fixture.window("churn", "1", "2026-11-22T10:00:00Z", rows(50, 30, 0, true));
    fixture.window("churn", "1", "2026-11-23T20:00:00Z", rows(120, 70, 0.3, true));
    fixture.window("churn", "2", "2026-11-24T08:00:00Z", rows(60, 70, 0.3, false));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  /** The series text of a sample, labels sorted by name as the exposition writes them. */
  private static String series(String name, String... labels) {
    Map<String, String> sorted = new TreeMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      sorted.put(labels[i], labels[i + 1]);
    }
    StringBuilder text = new StringBuilder(name).append('{');
    sorted.forEach((k, v) -> text.append(k).append("=\"").append(v).append("\","));
    text.setLength(text.length() - 1);
    return text.append('}').toString();
  }

  @Test
  void driftGaugesAreTheDriftQueryOfTheLast24Hours() {
    DriftView expected = fixture.queries().drift(QueryParameters.of("churn"));
    PrometheusText text = fixture.scrape();

    assertEquals("gauge", text.typeOf("vigil_feature_drift"));
    assertEquals(3, expected.features().columns().size());
    for (ColumnDrift column : expected.features().columns()) {
      String method = column.result().method().id();
      assertEquals(
          column.result().statistic(),
          text.value(
              series(
                  "vigil_feature_drift",
                  "model",
                  "churn",
                  "feature",
                  column.name(),
                  "method",
                  method)));
      assertEquals(
          column.result().drifted() ? 1.0 : 0.0,
          text.value(series("vigil_feature_drifted", "model", "churn", "feature", column.name())));
    }
    // The data were made so: Age drifted (KS on 180 values), the two categorical features did not.
    assertEquals(
        1.0, text.value(series("vigil_feature_drifted", "model", "churn", "feature", "Age")));
    assertTrue(
        text.has(
            series("vigil_feature_drift", "model", "churn", "feature", "Age", "method", "ks")));
    assertEquals(
        0.0, text.value(series("vigil_feature_drifted", "model", "churn", "feature", "Geography")));
    assertEquals(1.0 / 3, text.value(series("vigil_drift_share", "model", "churn")));
    assertEquals(
        expected.features().driftShare(),
        text.value(series("vigil_drift_share", "model", "churn")));
    assertEquals(
        expected.features().datasetDrift() ? 1.0 : 0.0,
        text.value(series("vigil_dataset_drifted", "model", "churn")));
    ColumnDrift scores = expected.prediction().orElseThrow();
    assertEquals(
        scores.result().statistic(),
        text.value(
            series(
                "vigil_prediction_drift",
                "model",
                "churn",
                "method",
                scores.result().method().id())));
  }

  @Test
  void performanceGaugesAreThoseOfTheLatestUtcDayWithLabels() {
    PerformanceStats expected =
        fixture
            .queries()
            .performance(
                QueryParameters.of("churn")
                    .withRange(DAY_23.toString(), DAY_23.plus(Duration.ofDays(1)).toString()))
            .total();
    ClassificationMetrics metrics = expected.metrics().orElseThrow();
    PrometheusText text = fixture.scrape();

    assertEquals(90, expected.labelled()); // 120 predictions, every fourth without a label
    assertEquals(90.0, text.value(series("vigil_performance_labelled", "model", "churn")));
    assertEquals(
        (double) DAY_23.getEpochSecond(),
        text.value(series("vigil_performance_window_start_seconds", "model", "churn")));
    Map<String, Double> values =
        Map.of(
            "accuracy", metrics.accuracy().value(),
            "precision", metrics.precision().value(),
            "recall", metrics.recall().value(),
            "f1", metrics.f1().value(),
            "roc_auc", metrics.rocAuc().value(),
            "pr_auc", metrics.prAuc().value(),
            "log_loss", metrics.logLoss().value(),
            "brier", metrics.brier().value(),
            "ece", metrics.expectedCalibrationError().value());
    values.forEach(
        (metric, value) ->
            assertEquals(
                value,
                text.value(series("vigil_performance", "model", "churn", "metric", metric)),
                metric));
  }

  @Test
  void estimatedGaugesAreTheEstimatedQueryOfTheLast24Hours() {
    EstimatedMetrics expected =
        fixture.queries().estimatedPerformance(QueryParameters.of("churn")).total();
    PrometheusText text = fixture.scrape();

    assertEquals("gauge", text.typeOf("vigil_performance_estimated"));
    assertEquals(180, expected.predictions()); // the 23rd at 20:00 and the 24th at 08:00
    assertEquals(
        180.0, text.value(series("vigil_performance_estimated_predictions", "model", "churn")));
    for (String metric : EstimatedMetrics.names()) {
      MetricEstimate estimate = expected.metrics().get(metric);
      assertEquals(
          estimate.value(),
          text.value(series("vigil_performance_estimated", "model", "churn", "metric", metric)),
          metric);
      assertEquals(
          estimate.threshold().lower(),
          text.value(
              series(
                  "vigil_performance_estimated_alert_lower", "model", "churn", "metric", metric)),
          metric);
    }
    // The reference's labels do not follow its scores (one in three churned whatever the score),
    // so calibration makes every p about 1/3: shifted up past 0.5, most predictions are wrong.
    assertEquals(0.4, expected.metrics().get("accuracy").value(), 0.05);
  }

  @Test
  void noEstimatedSeriesWithoutLabelledScores() {
    fixture.model("fresh"); // data today, no reference
    fixture.window("fresh", "1", "2026-11-24T09:00:00Z", rows(40, 70, 0, true));
    String exposition = fixture.scrape().toString();
    assertFalse(exposition.contains("vigil_performance_estimated{model=\"fresh\""), exposition);
    assertTrue(
        exposition.contains("vigil_performance_estimated{metric=\"accuracy\",model=\"churn\"}"));
  }

  @Test
  void noDriftSeriesWithoutAReferenceOrWithoutDataInTheLast24Hours() {
    fixture.model("fresh"); // data today, no reference
    fixture.window("fresh", "1", "2026-11-24T09:00:00Z", rows(40, 70, 0, true));
    fixture.model("quiet"); // a reference, data only five days ago
    fixture.reference("quiet", rows(300, 30, 0, true));
    fixture.window("quiet", "1", "2026-11-19T09:00:00Z", rows(40, 70, 0, true));

    String exposition = fixture.scrape().toString();

    for (String model : new String[] {"fresh", "quiet"}) {
      for (String family :
          new String[] {
            "vigil_feature_drift{",
            "vigil_feature_drifted{",
            "vigil_drift_share{",
            "vigil_dataset_drifted{",
            "vigil_prediction_drift{"
          }) {
        assertFalse(
            exposition
                .lines()
                .anyMatch(l -> l.startsWith(family) && l.contains("model=\"" + model + "\"")),
            family + " of " + model + " in:\n" + exposition);
      }
    }
    PrometheusText text = fixture.scrape();
    assertEquals(
        (double) Instant.parse("2026-11-24T00:00:00Z").getEpochSecond(),
        text.value(series("vigil_performance_window_start_seconds", "model", "fresh")));
    assertEquals(
        (double) Instant.parse("2026-11-19T00:00:00Z").getEpochSecond(),
        text.value(series("vigil_performance_window_start_seconds", "model", "quiet")));
  }

  @Test
  void aModelIsComputedAtMostOnceIn15Seconds() {
    PrometheusText first = fixture.scrape();
    int reads = fixture.counted.reads();
    assertTrue(reads > 0);
    String share = series("vigil_drift_share", "model", "churn");
    // Geography now drifts too (Germany only), but the cached samples are served until 15 s.
    fixture.window(
        "churn",
        "1",
        "2026-11-24T10:00:00Z",
        rows(500, 70, 0.3, false).stream()
            .map(r -> new GaugeFixture.Row(r.score(), r.age(), "Germany", r.active(), r.label()))
            .toList());

    assertEquals(first.value(share), fixture.scrape().value(share));
    fixture.clock.advance(Duration.ofMillis(14_999));
    assertEquals(first.value(share), fixture.scrape().value(share));
    assertEquals(reads, fixture.counted.reads());

    fixture.clock.advance(Duration.ofMillis(1));
    PrometheusText later = fixture.scrape();
    assertEquals(2 * reads, fixture.counted.reads());
    assertEquals(2.0 / 3, later.value(share));
    // Chi-squared with a category the reference never had is infinite, as the API says too.
    assertEquals(
        Double.POSITIVE_INFINITY,
        later.value(
            series(
                "vigil_feature_drift",
                "model",
                "churn",
                "feature",
                "Geography",
                "method",
                "chisquare")));
  }

  @Test
  void aFailingModelIsLeftOutAndTheOthersAreScraped() {
    fixture.model("broken");
    fixture.reference("broken", rows(300, 30, 0, true));
    fixture.window("broken", "1", "2026-11-24T09:00:00Z", rows(40, 70, 0, true));
    fixture.counted.fail("broken");

    PrometheusText text = fixture.scrape();

    assertTrue(text.has(series("vigil_drift_share", "model", "churn")));
    assertTrue(text.has(series("vigil_performance_labelled", "model", "churn")));
    assertFalse(text.toString().contains("model=\"broken\""), text.toString());
  }

  @Test
  void modelsThatCannotBeListedLeaveTheGaugesOutNotTheScrape() {
    ModelStore unlistable =
        new ModelStore() {
          @Override
          public void create(MonitoredModel model) {
            fixture.models.create(model);
          }

          @Override
          public Optional<MonitoredModel> find(String name) {
            return fixture.models.find(name);
          }

          @Override
          public List<MonitoredModel> list() {
            throw new IllegalStateException("the database is gone");
          }
        };
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(new MonitoringGauges(fixture.queries(), unlistable, fixture.clock));
    DataDirMetrics.register(registry, dataDir);

    PrometheusText text = PrometheusText.scrape(registry);

    assertTrue(text.value("vigil_data_dir_total_bytes") > 0);
    assertFalse(text.toString().contains("model=\"churn\""), text.toString());
  }
}
