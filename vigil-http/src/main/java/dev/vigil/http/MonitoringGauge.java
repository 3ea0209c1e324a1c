package dev.vigil.http;

import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import java.util.List;

/**
 * The gauge families {@link MonitoringGauges} computes from the monitoring queries, with their
 * label names (docs/METRICS.md). Every label is bounded: models are registered ones, features are
 * schema columns, methods and metrics come from fixed lists.
 */
enum MonitoringGauge {
  FEATURE_DRIFT(
      "vigil_feature_drift",
      "Drift statistic of a feature over the last 24 hours against the model's reference, by the"
          + " method chosen for it.",
      "model",
      "feature",
      "method"),
  FEATURE_DRIFTED(
      "vigil_feature_drifted",
      "1 when the feature drifted over the last 24 hours, 0 otherwise.",
      "model",
      "feature"),
  DRIFT_SHARE(
      "vigil_drift_share",
      "Share of the features tested over the last 24 hours that drifted.",
      "model"),
  DATASET_DRIFTED(
      "vigil_dataset_drifted",
      "1 when the drift share of the last 24 hours reached its threshold, 0 otherwise.",
      "model"),
  PREDICTION_DRIFT(
      "vigil_prediction_drift",
      "Drift statistic of the scores over the last 24 hours against the reference's scores.",
      "model",
      "method"),
  PERFORMANCE(
      "vigil_performance",
      "Realized metric of the predictions of the latest UTC day that has labels.",
      "model",
      "metric"),
  PERFORMANCE_ESTIMATED(
      "vigil_performance_estimated",
      "Metric estimated without labels (CBPE) on the predictions of the last 24 hours.",
      "model",
      "metric"),
  PERFORMANCE_ESTIMATED_ALERT_LOWER(
      "vigil_performance_estimated_alert_lower",
      "Lower alert limit of vigil_performance_estimated, from the reference's chunks.",
      "model",
      "metric"),
  PERFORMANCE_ESTIMATED_PREDICTIONS(
      "vigil_performance_estimated_predictions",
      "Predictions of the last 24 hours vigil_performance_estimated is computed from.",
      "model"),
  PERFORMANCE_LABELLED(
      "vigil_performance_labelled",
      "Labelled predictions vigil_performance is computed from.",
      "model"),
  PERFORMANCE_WINDOW_START(
      "vigil_performance_window_start_seconds",
      "Start, in Unix seconds, of the UTC day vigil_performance describes.",
      "model");

  private final String prometheusName;
  private final String help;
  private final List<String> labelNames;

  MonitoringGauge(String prometheusName, String help, String... labelNames) {
    this.prometheusName = prometheusName;
    this.help = help;
    this.labelNames = List.of(labelNames);
  }

  String prometheusName() {
    return prometheusName;
  }

  List<String> labelNames() {
    return labelNames;
  }

  String help() {
    return help;
  }

  MetricFamilyDescriptor descriptor() {
    return MetricFamilyDescriptor.of(
        MetricType.GAUGE, new MetricMetadata(prometheusName, help), labelNames);
  }
}
