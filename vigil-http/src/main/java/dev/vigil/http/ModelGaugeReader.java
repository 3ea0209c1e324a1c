package dev.vigil.http;

import static dev.vigil.http.MonitoringGauge.DATASET_DRIFTED;
import static dev.vigil.http.MonitoringGauge.DRIFT_SHARE;
import static dev.vigil.http.MonitoringGauge.FEATURE_DRIFT;
import static dev.vigil.http.MonitoringGauge.FEATURE_DRIFTED;
import static dev.vigil.http.MonitoringGauge.PERFORMANCE;
import static dev.vigil.http.MonitoringGauge.PERFORMANCE_ESTIMATED;
import static dev.vigil.http.MonitoringGauge.PERFORMANCE_ESTIMATED_ALERT_LOWER;
import static dev.vigil.http.MonitoringGauge.PERFORMANCE_ESTIMATED_PREDICTIONS;
import static dev.vigil.http.MonitoringGauge.PERFORMANCE_LABELLED;
import static dev.vigil.http.MonitoringGauge.PERFORMANCE_WINDOW_START;
import static dev.vigil.http.MonitoringGauge.PREDICTION_DRIFT;

import dev.vigil.core.query.DriftView;
import dev.vigil.core.query.EstimatedMetrics;
import dev.vigil.core.query.MissingReferenceException;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.PerformanceStats;
import dev.vigil.core.query.QueryParameters;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.estimate.MetricEstimate;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.metrics.Metric;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the {@link MonitoringGauge} samples of one model with the monitoring queries, so that
 * they equal what the API answers (docs/METRICS.md): drift and estimated performance of the last 24
 * hours (the routes' default range) and realized performance of the latest UTC day, within {@link
 * #LOOK_BACK_DAYS}, that has a labelled prediction.
 */
final class ModelGaugeReader {

  /** How far back the performance gauges look for a day with labels. */
  static final int LOOK_BACK_DAYS = 90;

  /** The metrics {@code vigil_performance} exports, by the value of its {@code metric} label. */
  static final Map<String, Function<ClassificationMetrics, Metric>> METRICS = metrics();

  private final MonitoringQueries queries;

  ModelGaugeReader(MonitoringQueries queries) {
    this.queries = queries;
  }

  /** Every sample of the model; none of a kind whose query has nothing to report. */
  List<GaugeSample> read(String model) {
    List<GaugeSample> samples = new ArrayList<>();
    drift(model).ifPresent(view -> addDrift(model, view, samples));
    addPerformance(model, samples);
    addEstimated(model, samples);
    return samples;
  }

  /** CBPE of the last 24 hours; nothing when unavailable or without predictions. */
  private void addEstimated(String model, List<GaugeSample> samples) {
    EstimatedMetrics estimate = queries.estimatedPerformance(QueryParameters.of(model)).total();
    if (estimate.predictions() == 0) {
      return;
    }
    estimate
        .metrics()
        .forEach(
            (name, metric) -> {
              // Undefined (e.g. ROC AUC with no expected positive): no sample rather than NaN.
              if (!Double.isNaN(metric.value())) {
                samples.add(GaugeSample.of(PERFORMANCE_ESTIMATED, metric.value(), model, name));
                samples.add(alertLower(metric, model, name));
              }
            });
    samples.add(GaugeSample.of(PERFORMANCE_ESTIMATED_PREDICTIONS, estimate.predictions(), model));
  }

  private static GaugeSample alertLower(MetricEstimate metric, String model, String name) {
    return GaugeSample.of(
        PERFORMANCE_ESTIMATED_ALERT_LOWER, metric.threshold().lower(), model, name);
  }

  /** The drift of the last 24 hours; empty without a reference or without predictions. */
  private Optional<DriftView> drift(String model) {
    try {
      DriftView view = queries.drift(QueryParameters.of(model));
      return view.predictions() == 0 ? Optional.empty() : Optional.of(view);
    } catch (MissingReferenceException e) {
      return Optional.empty();
    }
  }

  private static void addDrift(String model, DriftView view, List<GaugeSample> samples) {
    DriftReport report = view.features();
    for (ColumnDrift column : report.columns()) {
      String method = column.result().method().id();
      samples.add(
          GaugeSample.of(FEATURE_DRIFT, column.result().statistic(), model, column.name(), method));
      samples.add(
          GaugeSample.of(FEATURE_DRIFTED, flag(column.result().drifted()), model, column.name()));
    }
    // A share of no tested feature says nothing: leave it out rather than report 0.
    if (!report.columns().isEmpty()) {
      samples.add(GaugeSample.of(DRIFT_SHARE, report.driftShare(), model));
      samples.add(GaugeSample.of(DATASET_DRIFTED, flag(report.datasetDrift()), model));
    }
    view.prediction()
        .ifPresent(
            scores ->
                samples.add(
                    GaugeSample.of(
                        PREDICTION_DRIFT,
                        scores.result().statistic(),
                        model,
                        scores.result().method().id())));
  }

  private void addPerformance(String model, List<GaugeSample> samples) {
    Optional<Instant> day = queries.latestLabelledDay(model, LOOK_BACK_DAYS);
    if (day.isEmpty()) {
      return;
    }
    Instant start = day.get();
    PerformanceStats stats =
        queries
            .performance(
                QueryParameters.of(model)
                    .withRange(start.toString(), start.plus(Duration.ofDays(1)).toString()))
            .total();
    if (stats.metrics().isEmpty()) {
      return;
    }
    ClassificationMetrics metrics = stats.metrics().get();
    METRICS.forEach(
        (name, metric) -> {
          double value = metric.apply(metrics).value();
          // Undefined (e.g. ROC AUC with one class): no sample rather than NaN.
          if (!Double.isNaN(value)) {
            samples.add(GaugeSample.of(PERFORMANCE, value, model, name));
          }
        });
    samples.add(GaugeSample.of(PERFORMANCE_LABELLED, stats.labelled(), model));
    samples.add(GaugeSample.of(PERFORMANCE_WINDOW_START, start.getEpochSecond(), model));
  }

  private static double flag(boolean value) {
    return value ? 1 : 0;
  }

  private static Map<String, Function<ClassificationMetrics, Metric>> metrics() {
    Map<String, Function<ClassificationMetrics, Metric>> metrics = new LinkedHashMap<>();
    metrics.put("accuracy", ClassificationMetrics::accuracy);
    metrics.put("precision", ClassificationMetrics::precision);
    metrics.put("recall", ClassificationMetrics::recall);
    metrics.put("f1", ClassificationMetrics::f1);
    metrics.put("roc_auc", ClassificationMetrics::rocAuc);
    metrics.put("pr_auc", ClassificationMetrics::prAuc);
    metrics.put("log_loss", ClassificationMetrics::logLoss);
    metrics.put("brier", ClassificationMetrics::brier);
    metrics.put("ece", ClassificationMetrics::expectedCalibrationError);
    return Collections.unmodifiableMap(metrics);
  }
}
