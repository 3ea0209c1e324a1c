package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config's {@code detectors} block on a real server: the chosen methods and a feature stream
 * run on the ingested predictions, a {@code streaming_drift} rule on the feature stream fires, and
 * the states are the same after a restart.
 */
class FeatureDetectorsTest {

  private static final String MODEL =
      """
      {"name": "churn", "schema": [{"name": "Age", "type": "numeric"},
        {"name": "Geography", "type": "categorical"}],
       "positive_class": "churned", "positive_labels": [1], "negative_labels": [0]}""";
  private static final String CONFIG =
      """
      detectors:
        - model: churn
          score: {method: page_hinkley, parameters: {threshold: 25}}
          features:
            - {feature: Age, method: kswin, parameters: {alpha: 0.001, seed: 3}}
      """;
  private static final String RULE =
      """
      {"id": "age-moved", "name": "Age moved", "signal": {"kind": "streaming_drift",
       "argument": "feature:Age"}, "comparison": "above", "threshold": 0.5, "for": "0",
       "severity": "warning"}""";

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void featureStreamsRunTheChosenMethodsFireAlertsAndSurviveARestart() throws Exception {
    Path config = dir.resolve("vigil.yaml");
    Files.writeString(config, CONFIG);
    ServeSettings settings =
        new SettingsResolver(
                Map.of(
                    Setting.PORT,
                    "0",
                    Setting.DATA_DIR,
                    dir.resolve("data").toString(),
                    Setting.ALERT_INTERVAL,
                    "1s"),
                Map.of(),
                Map.of())
            .resolve()
            .withDetectors(YamlDetectors.read(config));
    JsonNode before;
    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/models";
      assertEquals(201, send("POST", base, MODEL).statusCode());
      assertEquals(201, send("POST", base + "/churn/alert-rules", RULE).statusCode());
      HttpResponse<String> sent = send("POST", base + "/churn/predictions", predictions());
      assertEquals(200, sent.statusCode(), sent.body());
      before = awaitAlert(base);
      List<String> streams = new ArrayList<>();
      before.get("detectors").forEach(d -> streams.add(d.get("stream").asText()));
      assertEquals(List.of("score", "feature:Age"), streams, before.toString());
      assertEquals("page-hinkley", before.at("/detectors/0/method").asText());
      JsonNode age = before.at("/detectors/1");
      assertEquals("kswin", age.get("method").asText());
      assertEquals(540, age.get("observations").asLong(), "60 of 600 ages are missing");
      assertTrue(age.get("detections").asLong() > 0, age.toString());
    }
    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/models";
      assertEquals(before, detectors(base), "the states stored at the last flush, reloaded");
    }
  }

  /**
   * 600 predictions a minute apart: ages about 35, then about 60 from the 300th; 1 in 10 missing.
   */
  private static String predictions() {
    Random random = new Random(5);
    Instant start = Instant.now().minus(Duration.ofHours(12));
    List<String> records = new ArrayList<>();
    for (int n = 0; n < 600; n++) {
      String age =
          n % 10 == 0
              ? "null"
              : String.format(Locale.ROOT, "%.1f", (n < 300 ? 35 : 60) + 5 * random.nextGaussian());
      records.add(
          String.format(
              Locale.ROOT,
              "{\"id\": \"p%d\", \"timestamp\": \"%s\", \"features\": {\"Age\": %s,"
                  + " \"Geography\": \"France\"}, \"score\": %.3f, \"model_version\": \"1\"}",
              n,
              start.plusSeconds(60L * n),
              age,
              random.nextDouble()));
    }
    return "{\"records\": [" + String.join(",", records) + "]}";
  }

  /** The detectors once the alert on Age fired (the predictions are committed by then). */
  private JsonNode awaitAlert(String base) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String alerts = "";
    while (System.nanoTime() < deadline) {
      alerts = send("GET", base + "/churn/alerts", null).body();
      if (alerts.contains("\"to\":\"firing\"")) {
        return detectors(base);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the rule on feature:Age did not fire: " + alerts);
  }

  private JsonNode detectors(String base) throws Exception {
    HttpResponse<String> answer = send("GET", base + "/churn/detectors", null);
    assertEquals(200, answer.statusCode(), answer.body());
    return json.readTree(answer.body());
  }

  private HttpResponse<String> send(String method, String url, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
