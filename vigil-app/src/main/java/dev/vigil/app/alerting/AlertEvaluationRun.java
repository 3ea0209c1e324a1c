package dev.vigil.app.alerting;

import dev.vigil.core.alert.AlertEvaluator;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertState;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.alert.Evaluation;
import dev.vigil.core.alert.NewNotification;
import dev.vigil.core.alert.Notification;
import dev.vigil.core.alert.SignalSource;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.http.delivery.AlertJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evaluation of every model's alert rules: reads each rule's signal, advances the states, and
 * writes the states, the transitions and one queued notification per configured target in one
 * transaction per model, so a crash never sends a notification for a state that was not saved. A
 * model that fails is logged and the others go on.
 */
public final class AlertEvaluationRun implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluationRun.class);

  private final ModelStore models;
  private final AlertStore alerts;
  private final SignalSource signals;
  private final AlertTargets targets;
  private final String externalUrl;
  private final AlertEvaluator evaluator;
  private final Clock clock;

  public AlertEvaluationRun(
      ModelStore models,
      AlertStore alerts,
      SignalSource signals,
      AlertTargets targets,
      String externalUrl,
      Clock clock) {
    this.models = models;
    this.alerts = alerts;
    this.signals = signals;
    this.targets = targets;
    this.externalUrl = externalUrl;
    this.evaluator = new AlertEvaluator(clock);
    this.clock = clock;
  }

  @Override
  public void run() {
    for (MonitoredModel model : models.list()) {
      try {
        evaluate(model.name());
      } catch (RuntimeException e) {
        LOG.warn(
            "alert rules of {} not evaluated; they are tried again next time", model.name(), e);
      }
    }
  }

  void evaluate(String model) {
    List<AlertRule> rules = alerts.rules(model);
    if (rules.isEmpty()) {
      return;
    }
    Map<String, AlertState> states = alerts.states(model);
    Evaluation evaluation = evaluator.evaluate(rules, states, signals);
    List<NewNotification> outbox = new ArrayList<>();
    for (Notification notification : evaluation.notifications()) {
      String payload = AlertJson.write(AlertPayloads.of(notification, externalUrl));
      for (String target : targets.names()) {
        outbox.add(
            new NewNotification(model, notification.rule().id(), target, payload, clock.instant()));
      }
    }
    alerts.record(evaluation.states(), evaluation.events(), outbox);
  }
}
