package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.app.alerting.YamlAlertRules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil serve} applies the config's {@code alert_rules} at each start: a rule of a model not
 * registered yet waits for the next start, and the config wins over an API edit of its id.
 */
class ConfigAlertRulesAtStartTest {

  private static final String MODEL =
      """
      {"name": "churn", "schema": [{"name": "Age", "type": "numeric"}],
       "positive_class": "churned", "positive_labels": [1], "negative_labels": [0]}""";
  private static final String CONFIG =
      """
      alert_rules:
        - id: auc-low
          model: churn
          name: AUC below 0.7
          signal: {kind: performance, argument: roc_auc}
          comparison: below
          threshold: 0.7
          for: 1h
          severity: critical
      """;

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theConfigsRulesAreAppliedAtEachStartAndWinOverApiEdits() throws Exception {
    Path config = dir.resolve("vigil.yaml");
    Files.writeString(config, CONFIG);
    ServeSettings settings =
        FreePortSettings.of(dir.resolve("data")).withAlertRules(YamlAlertRules.read(config));
    String edit =
        "{\"name\": \"AUC below 0.5\", \"signal\": {\"kind\": \"performance\", \"argument\":"
            + " \"roc_auc\"}, \"comparison\": \"below\", \"threshold\": 0.5, \"for\": \"0\","
            + " \"severity\": \"info\"}";

    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/models";
      assertEquals(201, send("POST", base, MODEL).statusCode()); // registered after the start
      assertEquals(null, find(base), "the model was not registered at start");
      assertEquals(201, send("POST", base + "/churn/alert-rules", id(edit)).statusCode());
    }
    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/models";
      assertEquals(0.7, rule(base).get("threshold").asDouble(), "applied at the next start");
      assertEquals(200, send("PUT", base + "/churn/alert-rules/auc-low", edit).statusCode());
      assertEquals(0.5, rule(base).get("threshold").asDouble());
    }
    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/models";
      JsonNode rule = rule(base);
      assertEquals(0.7, rule.get("threshold").asDouble(), "the config wins at start");
      assertEquals("critical", rule.get("severity").asText(), rule.toString());
    }
  }

  /** The same body with the id, for a POST (the one the config also names). */
  private static String id(String body) {
    return "{\"id\": \"auc-low\", " + body.substring(1);
  }

  private JsonNode rule(String base) throws Exception {
    JsonNode rule = find(base);
    if (rule == null) {
      throw new AssertionError("no rule auc-low");
    }
    return rule;
  }

  /** The rule auc-low of churn, or null. */
  private JsonNode find(String base) throws Exception {
    HttpResponse<String> rules = send("GET", base + "/churn/alert-rules", null);
    assertEquals(200, rules.statusCode(), rules.body());
    for (JsonNode rule : json.readTree(rules.body()).get("rules")) {
      if (rule.get("id").asText().equals("auc-low")) {
        return rule;
      }
    }
    return null;
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
