package dev.vigil.http.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.alert.AlertEvent;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertState;
import dev.vigil.core.alert.QueuedNotification;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes rules, alert states, events and notifications as the alerting API answers them: snake_case
 * fields, ISO-8601 instants, durations as in docs/CONFIG.md, absent values as {@code null}, NaN as
 * {@code null} and infinities as the strings {@code "Infinity"} and {@code "-Infinity"}.
 */
final class AlertJsonWriter {

  private final ObjectMapper json;

  AlertJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode rule(AlertRule rule) {
    ObjectNode node = json.createObjectNode();
    node.put("id", rule.id());
    node.put("model", rule.model());
    node.put("name", rule.name());
    ObjectNode signal = node.putObject("signal");
    signal.put("kind", rule.signal().kind());
    signal.put("argument", rule.signal().argument().orElse(null));
    node.put("comparison", rule.comparison().id());
    node.put("threshold", rule.threshold());
    node.put("for", DurationText.format(rule.forDuration()));
    node.put("severity", rule.severity().id());
    node.putPOJO("labels", rule.labels());
    node.put("renotify_interval", DurationText.format(rule.renotifyInterval()));
    return node;
  }

  /** An alert's current state; {@code rule} gives its name and severity when it still exists. */
  ObjectNode state(AlertState state, Optional<AlertRule> rule) {
    ObjectNode node = json.createObjectNode();
    node.put("rule", state.ruleId());
    node.put("name", rule.map(AlertRule::name).orElse(null));
    node.put("severity", rule.map(r -> r.severity().id()).orElse(null));
    node.put("status", state.status().id());
    node.put("since", state.since().toString());
    instant(node, "active_since", state.activeSince());
    number(node, "last_value", state.lastValue());
    instant(node, "last_notified_at", state.lastNotifiedAt());
    instant(node, "acknowledged_at", state.acknowledgedAt());
    return node;
  }

  ObjectNode event(AlertEvent event) {
    ObjectNode node = json.createObjectNode();
    node.put("rule", event.ruleId());
    node.put("severity", event.severity().id());
    node.put("from", event.from().id());
    node.put("to", event.to().id());
    number(node, "value", event.value());
    node.put("at", event.at().toString());
    return node;
  }

  ObjectNode notification(QueuedNotification n) {
    ObjectNode node = json.createObjectNode();
    node.put("id", n.id());
    node.put("rule", n.ruleId());
    node.put("target", n.target());
    node.put("status", n.status().name().toLowerCase(Locale.ROOT));
    node.put("attempts", n.attempts());
    node.put("created_at", n.createdAt().toString());
    instant(node, "delivered_at", n.deliveredAt());
    node.put("last_error", n.lastError().orElse(null));
    boolean pending = n.status() == QueuedNotification.Status.PENDING;
    node.put("next_attempt_at", pending ? n.nextAttemptAt().toString() : null);
    return node;
  }

  private static void instant(ObjectNode node, String field, Optional<Instant> at) {
    node.put(field, at.map(Instant::toString).orElse(null));
  }

  private static void number(ObjectNode node, String field, OptionalDouble value) {
    double v = value.orElse(Double.NaN);
    if (Double.isNaN(v)) {
      node.putNull(field);
    } else if (Double.isInfinite(v)) {
      node.put(field, v > 0 ? "Infinity" : "-Infinity");
    } else {
      node.put(field, v);
    }
  }
}
