package dev.vigil.http.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertState;
import dev.vigil.core.alert.AlertStatus;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.http.ApiException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answer of {@code GET /api/v1/models/{name}/alerts[?from=&to=]}: the alerts pending or firing
 * now, the status changes of {@code [from, to)} (by default the last {@link #DEFAULT_RANGE} up to
 * now included), and the last {@link #NOTIFICATIONS} notifications with their delivery.
 */
final class AlertsAnswer {

  static final Duration DEFAULT_RANGE = Duration.ofDays(7);
  static final int NOTIFICATIONS = 50;

  private static final Set<String> PARAMETERS = Set.of("from", "to");

  private final AlertStore alerts;
  private final AlertJsonWriter writer;
  private final ObjectMapper json;

  AlertsAnswer(AlertStore alerts, AlertJsonWriter writer, ObjectMapper json) {
    this.alerts = alerts;
    this.writer = writer;
    this.json = json;
  }

  ObjectNode write(MonitoredModel model, Context ctx, Clock clock) {
    checkParameters(ctx);
    Optional<Instant> asked = instant(ctx, "to");
    Instant to = asked.orElseGet(clock::instant);
    Instant from = instant(ctx, "from").orElseGet(() -> to.minus(DEFAULT_RANGE));
    if (!from.isBefore(to)) {
      throw ApiException.badRequest("to", "must be after from (" + from + "), was " + to);
    }
    String name = model.name();
    Map<String, AlertRule> rules =
        alerts.rules(name).stream().collect(Collectors.toMap(AlertRule::id, Function.identity()));
    ObjectNode answer = json.createObjectNode();
    answer.put("model", name);
    answer.put("from", from.toString());
    answer.put("to", to.toString());
    ArrayNode active = answer.putArray("active");
    alerts.states(name).values().stream()
        .filter(AlertsAnswer::isActive)
        .sorted((a, b) -> a.ruleId().compareTo(b.ruleId()))
        .forEach(s -> active.add(writer.state(s, Optional.ofNullable(rules.get(s.ruleId())))));
    ArrayNode events = answer.putArray("events");
    // Without a given end, the history is "until now", the events of this very instant included
    // (times are stored to the microsecond).
    Instant end = asked.orElseGet(() -> to.plus(1, ChronoUnit.MICROS));
    alerts.events(name, from, end).forEach(e -> events.add(writer.event(e)));
    ArrayNode notifications = answer.putArray("notifications");
    alerts
        .notifications(name, NOTIFICATIONS)
        .forEach(n -> notifications.add(writer.notification(n)));
    return answer;
  }

  private static boolean isActive(AlertState state) {
    return state.status() == AlertStatus.PENDING || state.status() == AlertStatus.FIRING;
  }

  private static void checkParameters(Context ctx) {
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (!PARAMETERS.contains(name)) {
                throw ApiException.badRequest(
                    name, "unknown query parameter '" + name + "'; this route knows: from, to");
              }
              if (values.size() > 1) {
                throw ApiException.badRequest(name, "the query parameter is given more than once");
              }
            });
  }

  private static Optional<Instant> instant(Context ctx, String name) {
    Optional<String> text = Optional.ofNullable(ctx.queryParam(name));
    try {
      return text.map(Instant::parse);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          name,
          "must be an ISO-8601 instant such as 2026-11-24T00:00:00Z, was '" + text.get() + "'");
    }
  }
}
