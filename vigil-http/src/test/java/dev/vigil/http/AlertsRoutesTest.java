package dev.vigil.http;

import static dev.vigil.http.ErrorAnswers.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.alert.AlertStatus;
import dev.vigil.core.alert.QueuedNotification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A model's alerts over HTTP, on each backend: the active alerts, the history by range, the
 * notifications, and acknowledging. The alerts are moved by the real evaluator on given readings.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AlertsRoutesTest {

  private static final String ALERTS = "/api/v1/models/churn/alerts";
  private static final String ACK = ALERTS + "/auc-low/ack";

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private AlertFixture fixture;

  @BeforeEach
  void start() {
    fixture = new AlertFixture(backend, dataDir);
    Answer created = fixture.send("POST", AlertRulesRoutesTest.RULES, AlertRulesRoutesTest.AUC_LOW);
    assertEquals(201, created.status(), created.body());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** AUC 0.6 at the start (pending), still at 1h (firing, one notification queued). */
  private void fire() {
    fixture.evaluate(Map.of("auc-low", 0.6));
    fixture.clock.advance(Duration.ofHours(1));
    fixture.evaluate(Map.of("auc-low", 0.55));
    assertEquals(AlertStatus.FIRING, fixture.alerts.states("churn").get("auc-low").status());
  }

  @Test
  void aModelWithoutAlertsHasEmptyLists() {
    JsonNode answer = fixture.get(ALERTS).json();
    assertEquals("churn", answer.get("model").asText());
    assertEquals("2026-11-17T00:00:00Z", answer.get("from").asText()); // 7 days back
    assertEquals(AlertFixture.START.toString(), answer.get("to").asText());
    for (String list : List.of("active", "events", "notifications")) {
      assertTrue(answer.get(list).isArray(), list);
      assertEquals(0, answer.get(list).size(), list);
    }
  }

  @Test
  void showsActiveAlertsTheirHistoryAndNotifications() {
    fixture.evaluate(Map.of("auc-low", 0.6));
    JsonNode pending = fixture.get(ALERTS).json().at("/active/0");
    assertEquals("pending", pending.get("status").asText());
    assertEquals("AUC below 0.7", pending.get("name").asText());
    assertEquals("critical", pending.get("severity").asText());
    assertEquals(0.6, pending.get("last_value").asDouble());

    fixture.clock.advance(Duration.ofHours(1));
    fixture.evaluate(Map.of("auc-low", 0.55));
    QueuedNotification sent =
        fixture.alerts.claimDue(fixture.clock.instant(), 10, Duration.ofMinutes(1)).get(0);
    fixture.alerts.markFailed(
        sent.id(), "connection refused", Optional.of(Instant.parse("2026-11-24T01:05:00Z")));

    JsonNode answer = fixture.get(ALERTS).json();
    JsonNode firing = answer.at("/active/0");
    assertEquals("auc-low", firing.get("rule").asText());
    assertEquals("firing", firing.get("status").asText());
    assertEquals("2026-11-24T01:00:00Z", firing.get("since").asText());
    assertEquals("2026-11-24T00:00:00Z", firing.get("active_since").asText());
    assertTrue(firing.get("acknowledged_at").isNull());
    assertEquals(List.of("inactive>pending", "pending>firing"), transitions(answer.get("events")));
    assertEquals(0.55, answer.at("/events/1/value").asDouble());
    assertEquals("critical", answer.at("/events/1/severity").asText());
    JsonNode notification = answer.at("/notifications/0");
    assertEquals(sent.id(), notification.get("id").asLong());
    assertEquals("ops", notification.get("target").asText());
    assertEquals(1, notification.get("attempts").asInt());
    assertEquals("connection refused", notification.get("last_error").asText());
    assertEquals("2026-11-24T01:05:00Z", notification.get("next_attempt_at").asText());
    assertTrue(notification.get("delivered_at").isNull());

    fixture.clock.advance(Duration.ofHours(1));
    fixture.evaluate(Map.of("auc-low", 0.8));
    JsonNode resolved = fixture.get(ALERTS).json();
    assertEquals(0, resolved.get("active").size());
    assertEquals(3, resolved.get("events").size());
  }

  @Test
  void eventsAreListedByRange() {
    fire(); // events at 00:00 (pending) and 01:00 (firing)
    fixture.clock.advance(Duration.ofHours(1));
    fixture.evaluate(Map.of("auc-low", 0.9)); // 02:00 resolved
    assertEquals(
        List.of("pending>firing"),
        transitions(range("2026-11-24T00:00:01Z", "2026-11-24T02:00:00Z")));
    assertEquals(
        List.of("inactive>pending", "pending>firing"),
        transitions(range("2026-11-24T00:00:00Z", "2026-11-24T01:00:01Z")));
    assertEquals(
        List.of("firing>resolved"),
        transitions(fixture.get(ALERTS + "?from=2026-11-24T01:30:00Z").json().get("events")));
    assertEquals(0, range("2026-11-20T00:00:00Z", "2026-11-24T00:00:00Z").size());
    assertEquals(0, fixture.get(ALERTS + "?to=2026-11-24T00:00:00Z").json().get("events").size());
  }

  @Test
  void badRangesAndUnknownParametersAreNamed() {
    assertError(fixture.get(ALERTS + "?from=yesterday"), 400, "from");
    assertError(fixture.get(ALERTS + "?to=2026-11-24"), 400, "to");
    assertError(
        fixture.get(ALERTS + "?from=2026-11-24T00:00:00Z&to=2026-11-23T00:00:00Z"), 400, "to");
    assertError(fixture.get(ALERTS + "?segment=all"), 400, "segment");
    assertError(
        fixture.get(ALERTS + "?from=2026-11-24T00:00:00Z&from=2026-11-23T00:00:00Z"), 400, "from");
    assertError(fixture.get("/api/v1/models/nope/alerts"), 404, "name");
  }

  @Test
  void acknowledgesAFiringAlertOnce() {
    fire();
    fixture.clock.advance(Duration.ofMinutes(5));
    Answer acked = fixture.send("POST", ACK, null);
    assertEquals(200, acked.status(), acked.body());
    assertEquals("firing", acked.json().get("status").asText());
    assertEquals("2026-11-24T01:05:00Z", acked.json().get("acknowledged_at").asText());
    assertEquals(
        Optional.of(Instant.parse("2026-11-24T01:05:00Z")),
        fixture.alerts.states("churn").get("auc-low").acknowledgedAt());

    fixture.clock.advance(Duration.ofMinutes(5));
    Answer again = fixture.send("POST", ACK, null);
    assertEquals("2026-11-24T01:05:00Z", again.json().get("acknowledged_at").asText());
    assertEquals(
        "2026-11-24T01:05:00Z",
        fixture.get(ALERTS).json().at("/active/0/acknowledged_at").asText());

    // An acknowledged alert is not re-notified: 4 h later, the evaluator queues nothing more.
    fixture.clock.advance(Duration.ofHours(5));
    assertEquals(0, fixture.evaluate(Map.of("auc-low", 0.5)).notifications().size());
  }

  @Test
  void onlyAFiringAlertIsAcknowledged() {
    JsonNode never = assertError(fixture.send("POST", ACK, null), 409, "rule");
    assertTrue(never.get("error").asText().contains("inactive"), never.toString());
    fixture.evaluate(Map.of("auc-low", 0.6));
    JsonNode pending = assertError(fixture.send("POST", ACK, null), 409, "rule");
    assertTrue(pending.get("error").asText().contains("pending"), pending.toString());
    assertTrue(fixture.alerts.states("churn").get("auc-low").acknowledgedAt().isEmpty());

    assertError(fixture.send("POST", ALERTS + "/nope/ack", null), 404, "rule");
    assertError(fixture.send("POST", "/api/v1/models/nope/alerts/auc-low/ack", null), 404, "name");
  }

  private JsonNode range(String from, String to) {
    Answer answer = fixture.get(ALERTS + "?from=" + from + "&to=" + to);
    assertEquals(200, answer.status(), answer.body());
    return answer.json().get("events");
  }

  private static List<String> transitions(JsonNode events) {
    List<String> found = new java.util.ArrayList<>();
    events.forEach(e -> found.add(e.get("from").asText() + ">" + e.get("to").asText()));
    return found;
  }
}
