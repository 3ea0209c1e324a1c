package dev.vigil.app.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.http.delivery.AlertmanagerAlert;
import dev.vigil.http.delivery.AlertmanagerSender;
import dev.vigil.http.delivery.DeliveryException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alerts sent to a real Alertmanager are listed by its API, and an ended one is no longer active.
 */
class AlertmanagerSenderTest {

  private static RealAlertmanager alertmanager;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    alertmanager = RealAlertmanager.start();
  }

  @AfterAll
  static void stop() {
    if (alertmanager != null) {
      alertmanager.close();
    }
  }

  @Test
  void aFiringAlertIsListedWithItsLabelsAndAnnotations() throws Exception {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    new AlertmanagerSender(alertmanager.url())
        .send(List.of(alert("VigilPerformanceDrop", "churn", start, Optional.empty())));

    JsonNode active = json.readTree(alertmanager.alerts("active=true"));
    JsonNode found = find(active, "VigilPerformanceDrop");
    assertEquals("churn", found.at("/labels/model").asText());
    assertEquals("critical", found.at("/labels/severity").asText());
    assertEquals("roc_auc 0.64 below 0.70", found.at("/annotations/summary").asText());
    assertEquals(start, Instant.parse(found.get("startsAt").asText()));
    assertEquals("active", found.at("/status/state").asText());
  }

  @Test
  void anAlertSentAgainWithAnEndIsResolved() throws Exception {
    AlertmanagerSender sender = new AlertmanagerSender(alertmanager.url());
    Instant start = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
    sender.send(List.of(alert("VigilNoData", "fraud", start, Optional.empty())));
    assertTrue(alertmanager.alerts("active=true").contains("VigilNoData"));

    sender.send(List.of(alert("VigilNoData", "fraud", start, Optional.of(start.plusSeconds(60)))));

    JsonNode active = json.readTree(alertmanager.alerts("active=true"));
    for (JsonNode alert : active) {
      assertFalse(alert.at("/labels/alertname").asText().equals("VigilNoData"), active.toString());
    }
  }

  @Test
  void anUnreachableAlertmanagerIsADeliveryErrorNamingIt() {
    AlertmanagerSender sender = new AlertmanagerSender(URI.create("http://127.0.0.1:1"));
    DeliveryException e =
        assertThrows(
            DeliveryException.class,
            () -> sender.send(List.of(alert("X", "m", Instant.now(), Optional.empty()))));
    assertTrue(e.getMessage().contains("http://127.0.0.1:1/api/v2/alerts"), e.getMessage());
  }

  @Test
  void labelNamesMustBePrometheusNames() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AlertmanagerAlert(
                    Map.of("alertname", "X", "bad-name", "v"),
                    Map.of(),
                    Instant.now(),
                    Optional.empty(),
                    ""));
    assertEquals("labels: 'bad-name' is not a label name", e.getMessage());
  }

  private static AlertmanagerAlert alert(
      String name, String model, Instant start, Optional<Instant> end) {
    return new AlertmanagerAlert(
        Map.of("alertname", name, "model", model, "severity", "critical"),
        Map.of("summary", "roc_auc 0.64 below 0.70"),
        start,
        end,
        "http://vigil:8080/models/" + model);
  }

  private static JsonNode find(JsonNode alerts, String name) {
    for (JsonNode alert : alerts) {
      if (alert.at("/labels/alertname").asText().equals(name)) {
        return alert;
      }
    }
    throw new AssertionError("no alert " + name + " in " + alerts);
  }
}
