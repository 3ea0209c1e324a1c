package dev.vigil.app.serve;

import dev.vigil.app.alerting.AlertEvaluationRun;
import dev.vigil.app.alerting.AlertTargets;
import dev.vigil.app.alerting.AlertingSettings;
import dev.vigil.app.alerting.NotificationDelivery;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.alert.SignalSource;
import dev.vigil.core.model.ModelStore;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * The alerting of {@code vigil serve}: every {@code alert_interval}, and soon after each window
 * flush ({@link #evaluateSoon}), the rules of every model are evaluated against their signals (the
 * monitoring queries and the live detectors) (states, history and queued notifications saved
 * together), and every {@link #DELIVERY_PERIOD} the due notifications are sent to the configured
 * targets, with retries.
 */
final class AlertingTasks implements AutoCloseable {

  static final Duration DELIVERY_PERIOD = Duration.ofSeconds(2);

  private final PeriodicTask evaluation;
  private final PeriodicTask delivery;

  private AlertingTasks(PeriodicTask evaluation, PeriodicTask delivery) {
    this.evaluation = evaluation;
    this.delivery = delivery;
  }

  static AlertingTasks start(
      AlertingSettings settings,
      ModelStore models,
      AlertStore alerts,
      SignalSource signals,
      PrometheusRegistry registry,
      Clock clock) {
    AlertTargets targets =
        AlertTargets.of(
            settings.alertmanager(), settings.webhook(), settings.webhookFormat(), clock);
    PeriodicTask evaluation =
        PeriodicTask.start(
            "vigil-alert-evaluation",
            settings.interval(),
            new AlertEvaluationRun(
                models, alerts, signals, targets, settings.externalUrl(), clock));
    PeriodicTask delivery =
        PeriodicTask.start(
            "vigil-alert-delivery",
            DELIVERY_PERIOD,
            new NotificationDelivery(alerts, targets, registry, clock));
    return new AlertingTasks(evaluation, delivery);
  }

  /**
   * Asks for an evaluation of every model's rules on the evaluation thread, soon, and returns at
   * once: what the ingestion pipeline calls after each window flush. Requests made while one waits
   * share it.
   */
  void evaluateSoon() {
    evaluation.runSoon();
  }

  @Override
  public void close() {
    try {
      evaluation.close();
    } finally {
      delivery.close();
    }
  }
}
