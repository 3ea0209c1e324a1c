package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In {@code vigil serve}, a window flush leads to an evaluation of the rules: with {@code
 * alert_interval} a day, only the flush after the predictions can make the rule fire.
 */
class AlertsAfterFlushTest {

  private static final String MODEL =
      """
      {"name": "churn", "schema": [{"name": "Age", "type": "numeric"}],
       "positive_class": "churned", "positive_labels": [1], "negative_labels": [0]}""";
  private static final String RULE =
      """
      {"id": "traffic", "name": "Predictions are arriving",
       "signal": {"kind": "no_data", "argument": 60}, "comparison": "at_least",
       "threshold": 1, "for": "0", "severity": "info"}""";

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void predictionsFlushedMakeARuleFireWithoutWaitingForThePeriodicRun() throws Exception {
    ServeSettings settings =
        new SettingsResolver(
                Map.of(
                    Setting.PORT, "0",
                    Setting.DATA_DIR, dir.toString(),
                    Setting.FLUSH_INTERVAL, "200ms",
                    Setting.ALERT_INTERVAL, "1d"),
                Map.of(),
                Map.of())
            .resolve();
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    String predictions =
        "{\"records\": [{\"id\": \"p1\", \"timestamp\": \""
            + now
            + "\", \"features\": {\"Age\": 42}, \"score\": 0.8, \"model_version\": \"1\"}]}";

    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/models";
      assertEquals(201, post(base, MODEL).statusCode());
      assertEquals(201, post(base + "/churn/alert-rules", RULE).statusCode());
      assertEquals(200, post(base + "/churn/predictions", predictions).statusCode());

      assertEquals("firing", awaitActive(base + "/churn/alerts").get("status").asText());
    }
  }

  /** The active alert of the rule, waiting at most 30 s for an evaluation to record it. */
  private JsonNode awaitActive(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      HttpResponse<String> alerts =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, alerts.statusCode(), alerts.body());
      for (JsonNode alert : json.readTree(alerts.body()).get("active")) {
        if (alert.get("rule").asText().equals("traffic")) {
          return alert;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no active alert after 30 s: " + alerts.body());
      }
      Thread.sleep(50);
    }
  }

  private HttpResponse<String> post(String url, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
