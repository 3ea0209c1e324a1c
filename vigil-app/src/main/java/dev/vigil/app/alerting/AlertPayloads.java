package dev.vigil.app.alerting;

import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.Notification;
import dev.vigil.http.delivery.AlertmanagerAlert;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a notification says, in Alertmanager's alert shape for every target: the labels identify the
 * alert (name, model, rule, severity and the rule's own labels), the annotations say what was
 * measured against what, the start is when the alert became active, and a resolved alert ends when
 * it resolved.
 */
final class AlertPayloads {

  private AlertPayloads() {}

  static AlertmanagerAlert of(Notification notification, String externalUrl) {
    AlertRule rule = notification.rule();
    Map<String, String> labels = new LinkedHashMap<>(rule.labels());
    labels.put("alertname", rule.name());
    labels.put("model", rule.model());
    labels.put("rule", rule.id());
    labels.put("severity", rule.severity().id());
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", summary(notification));
    annotations.put("signal", signal(rule));
    Optional<Instant> end =
        notification.reason() == Notification.Reason.RESOLVED
            ? Optional.of(notification.at())
            : Optional.empty();
    String url = externalUrl.isEmpty() ? "" : externalUrl + "/#/models/" + rule.model();
    return new AlertmanagerAlert(labels, annotations, notification.activeSince(), end, url);
  }

  private static String summary(Notification n) {
    AlertRule rule = n.rule();
    String value =
        n.value().isPresent() ? String.format(Locale.ROOT, "%.4g", n.value().getAsDouble()) : "?";
    String verb = n.reason() == Notification.Reason.RESOLVED ? "resolved: " : "";
    return verb
        + signal(rule)
        + " is "
        + value
        + " ("
        + rule.comparison().id().replace('_', ' ')
        + " "
        + String.format(Locale.ROOT, "%.4g", rule.threshold())
        + ")";
  }

  private static String signal(AlertRule rule) {
    return rule.signal().kind() + rule.signal().argument().map(a -> "(" + a + ")").orElse("");
  }
}
