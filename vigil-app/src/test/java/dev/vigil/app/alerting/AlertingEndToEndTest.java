package dev.vigil.app.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.app.serve.MonitoringServer;
import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.SettingsResolver;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model whose labelled predictions rank no better than chance breaks a rule on its ROC AUC:
 * {@code vigil serve} evaluates the rule, and the notification reaches both a webhook and a real
 * Alertmanager; a new model got the default rules.
 */
class AlertingEndToEndTest {

  private static final String MODEL =
      """
      {"name": "churn",
       "schema": [{"name": "Age", "type": "numeric"}, {"name": "Geography", "type": "categorical"}],
       "positive_class": "churned", "positive_labels": [1], "negative_labels": [0]}""";

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final LinkedBlockingQueue<String> webhook = new LinkedBlockingQueue<>();

  @Test
  void aDegradedModelAlertsTheWebhookAndAlertmanager() throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          webhook.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
    try (RealAlertmanager alertmanager = RealAlertmanager.start();
        MonitoringServer server = MonitoringServer.start(settings(alertmanager, receiver))) {
      String base = "http://127.0.0.1:" + server.port();
      assertEquals(201, post(base + "/api/v1/models", MODEL).statusCode());
      JsonNode defaults = json.readTree(get(base + "/api/v1/models/churn/alert-rules").body());
      assertTrue(defaults.toString().contains("roc-auc-low"), defaults.toString());
      String rule =
          """
          {"id": "auc-test", "name": "ChurnAucLow",
           "signal": {"kind": "performance", "argument": "roc_auc"}, "comparison": "below",
           "threshold": 0.99, "for": "0s", "severity": "critical", "labels": {"team": "retention"},
           "renotify_interval": "4h"}""";
      assertEquals(201, post(base + "/api/v1/models/churn/alert-rules", rule).statusCode());
      feedChanceLevelPredictions(base);

      // The default no-data rule may notify first (the model had no prediction at first).
      JsonNode alert = awaitWebhookAlert("ChurnAucLow");
      JsonNode payload = alert;
      assertEquals("firing", alert.get("status").asText(), payload.toString());
      assertEquals("ChurnAucLow", alert.at("/labels/alertname").asText());
      assertEquals("churn", alert.at("/labels/model").asText());
      assertEquals("retention", alert.at("/labels/team").asText());
      assertTrue(
          alert.at("/annotations/summary").asText().startsWith("performance(roc_auc) is 0.5"),
          payload.toString());

      JsonNode listed = awaitAlertmanagerAlert(alertmanager, "ChurnAucLow");
      JsonNode alerts = json.readTree(get(base + "/api/v1/models/churn/alerts").body());
      assertTrue(alerts.get("active").toString().contains("\"firing\""), alerts.toString());
      assertEquals(200, post(base + "/api/v1/models/churn/alerts/auc-test/ack", "").statusCode());
      assertEquals("critical", listed.at("/labels/severity").asText());
      String metrics =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(
          metrics.contains(
              "vigil_alert_notifications_total{outcome=\"delivered\",target=\"alertmanager\"}"),
          metrics);
    } finally {
      receiver.stop(0);
    }
  }

  /** Scores that do not separate the classes: ROC AUC exactly 0.5. */
  private void feedChanceLevelPredictions(String base) throws Exception {
    Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    StringBuilder predictions = new StringBuilder("{\"records\": [");
    StringBuilder labels = new StringBuilder("{\"records\": [");
    for (int i = 0; i < 20; i++) {
      String sep = i == 0 ? "" : ",";
      predictions.append(
          sep
              + "{\"id\": \"p"
              + i
              + "\", \"timestamp\": \""
              + at
              + "\", \"features\": {\"Age\": "
              + (30 + i)
              + ", \"Geography\": \"France\"}, \"score\": "
              + (i % 2 == 0 ? 0.8 : 0.2)
              + ", \"model_version\": \"1\"}");
      // Half of the high scores and half of the low ones churned.
      labels.append(
          sep + "{\"prediction_id\": \"p" + i + "\", \"label\": " + (i % 4 < 2 ? 1 : 0) + "}");
    }
    assertEquals(
        200,
        post(base + "/api/v1/models/churn/predictions", predictions.append("]}").toString())
            .statusCode());
    assertEquals(
        200,
        post(base + "/api/v1/models/churn/feedback", labels.append("]}").toString()).statusCode());
  }

  private JsonNode awaitWebhookAlert(String name) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String body = webhook.poll(1, TimeUnit.SECONDS);
      if (body == null) {
        continue;
      }
      for (JsonNode alert : json.readTree(body).get("alerts")) {
        if (alert.at("/labels/alertname").asText().equals(name)) {
          return alert;
        }
      }
    }
    throw new AssertionError(name + " never reached the webhook");
  }

  private JsonNode awaitAlertmanagerAlert(RealAlertmanager alertmanager, String name)
      throws Exception {
    for (int attempt = 0; attempt < 300; attempt++) {
      for (JsonNode alert : json.readTree(alertmanager.alerts("active=true"))) {
        if (alert.at("/labels/alertname").asText().equals(name)) {
          return alert;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(name + " never reached Alertmanager: " + alertmanager.alerts(""));
  }

  private SettingsResolver resolver(RealAlertmanager alertmanager, HttpServer receiver) {
    return new SettingsResolver(
        Map.of(
            Setting.PORT,
            "0",
            Setting.DATA_DIR,
            dir.toString(),
            Setting.ALERT_INTERVAL,
            "500ms",
            Setting.ALERTMANAGER_URL,
            alertmanager.url().toString(),
            Setting.ALERT_WEBHOOK_URL,
            "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"),
        Map.of(),
        Map.of());
  }

  private dev.vigil.app.serve.ServeSettings settings(
      RealAlertmanager alertmanager, HttpServer receiver) {
    return resolver(alertmanager, receiver).resolve();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
