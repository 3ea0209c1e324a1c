package dev.vigil.app.train;

import dev.vigil.models.HoldoutEvaluation;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The series a training run pushes to a Pushgateway, named as the server names its own: the holdout
 * metrics ({@code vigil_training_metric{model,metric}}), the class balance of the file ({@code
 * vigil_training_rows{model,class}}), the duration and the time of the last success, which an alert
 * rule compares with {@code time()} to catch a training that stopped running.
 */
final class TrainingSeries {

  private TrainingSeries() {}

  static PrometheusRegistry of(
      String model,
      HoldoutEvaluation evaluation,
      long positives,
      long negatives,
      double durationSeconds,
      double finishedEpochSeconds) {
    PrometheusRegistry registry = new PrometheusRegistry();
    Gauge metric =
        Gauge.builder()
            .name("vigil_training_metric")
            .help("A holdout metric of the last training run")
            .labelNames("model", "metric")
            .register(registry);
    evaluation.metrics().forEach((name, value) -> metric.labelValues(model, name).set(value));
    Gauge rows =
        Gauge.builder()
            .name("vigil_training_rows")
            .help("Rows of the training file per class (1 = positive)")
            .labelNames("model", "class")
            .register(registry);
    rows.labelValues(model, "1").set(positives);
    rows.labelValues(model, "0").set(negatives);
    Gauge.builder()
        .name("vigil_training_duration_seconds")
        .help("How long the last training run took")
        .labelNames("model")
        .register(registry)
        .labelValues(model)
        .set(durationSeconds);
    Gauge.builder()
        .name("vigil_training_last_success_timestamp_seconds")
        .help("When the last training run finished, in Unix seconds")
        .labelNames("model")
        .register(registry)
        .labelValues(model)
        .set(finishedEpochSeconds);
    return registry;
  }
}
