package dev.vigil.http;

import static dev.vigil.http.ErrorAnswers.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Signal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The alert rules API over HTTP, on each backend: CRUD, named refusals, the default set. */
@ParameterizedClass
@EnumSource(Backend.class)
class AlertRulesRoutesTest {

  static final String RULES = "/api/v1/models/churn/alert-rules";
  static final String AUC_LOW =
      """
      {"id": "auc-low", "name": "AUC below 0.7", "signal": {"kind": "performance",
       "argument": "roc_auc"}, "comparison": "below", "threshold": 0.7, "for": "1h",
       "severity": "critical", "labels": {"team": "churn"}, "renotify_interval": "4h"}
      """;

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private AlertFixture fixture;

  @BeforeEach
  void start() {
    fixture = new AlertFixture(backend, dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private Answer send(String method, String path, String json) {
    return fixture.send(method, path, json);
  }

  @Test
  void createsListsReplacesAndDeletesARule() {
    Answer created = send("POST", RULES, AUC_LOW);
    assertEquals(201, created.status(), created.body());
    assertEquals("auc-low", created.json().get("id").asText());
    assertEquals("churn", created.json().get("model").asText());
    assertEquals("1h", created.json().get("for").asText());

    AlertRule stored = fixture.alerts.findRule("churn", "auc-low").orElseThrow();
    assertEquals(new Signal.Performance("roc_auc"), stored.signal());
    assertEquals(Comparison.BELOW, stored.comparison());
    assertEquals(Duration.ofHours(1), stored.forDuration());
    assertEquals(Duration.ofHours(4), stored.renotifyInterval());
    assertEquals(Map.of("team", "churn"), stored.labels());

    JsonNode listed = fixture.get(RULES).json();
    assertEquals("churn", listed.get("model").asText());
    assertEquals(created.json(), listed.at("/rules/0"));

    String replacement =
        """
        {"name": "no prediction for 90 minutes", "signal": {"kind": "no_data", "argument": 90},
         "comparison": "below", "threshold": 1, "for": "0", "severity": "warning"}
        """;
    Answer replaced = send("PUT", RULES + "/auc-low", replacement);
    assertEquals(200, replaced.status(), replaced.body());
    assertEquals("90", replaced.json().at("/signal/argument").asText());
    assertEquals("0", replaced.json().get("for").asText());
    assertEquals("4h", replaced.json().get("renotify_interval").asText()); // the default
    AlertRule now = fixture.alerts.findRule("churn", "auc-low").orElseThrow();
    assertEquals(new Signal.NoData(Duration.ofMinutes(90)), now.signal());
    assertEquals(Map.of(), now.labels());

    assertEquals(204, send("DELETE", RULES + "/auc-low", null).status());
    assertTrue(fixture.alerts.rules("churn").isEmpty());
    assertEquals(0, fixture.get(RULES).json().get("rules").size());
    assertError(send("DELETE", RULES + "/auc-low", null), 404, "id");
  }

  @Test
  void streamingDriftReadsTheScoreErrorOrAFeatureStream() {
    for (String stream : List.of("score", "error", "feature:Age")) {
      String rule =
          AUC_LOW
              .replace("auc-low", "drift-" + stream.replace(':', '-').toLowerCase())
              .replace(
                  "\"signal\": {\"kind\": \"performance\",\n \"argument\": \"roc_auc\"}",
                  "\"signal\": {\"kind\": \"streaming_drift\", \"argument\": \"" + stream + "\"}");
      Answer created = send("POST", RULES, rule);
      assertEquals(201, created.status(), created.body());
      assertEquals(stream, created.json().at("/signal/argument").asText());
    }
  }

  @Test
  void refusalsNameTheFieldAndChangeNothing() {
    assertEquals(201, send("POST", RULES, AUC_LOW).status());
    AlertRule before = fixture.alerts.findRule("churn", "auc-low").orElseThrow();
    Map<String, String> badFields =
        Map.ofEntries(
            Map.entry("id", "\"id\": \"Auc_Low\""),
            Map.entry("name", "\"name\": \"  \""),
            Map.entry("signal", "\"signal\": {\"kind\": \"performance\", \"argument\": \"mse\"}"),
            Map.entry("signal.kind", "\"signal\": {\"argument\": \"roc_auc\"}"),
            Map.entry("signal.colour", "\"signal\": {\"kind\": \"drift_share\", \"colour\": 1}"),
            Map.entry(
                "signal.argument",
                "\"signal\": {\"kind\": \"streaming_drift\", \"argument\": \"Age\"}"),
            Map.entry("comparison", "\"comparison\": \"under\""),
            Map.entry("threshold", "\"threshold\": \"0.7\""),
            Map.entry("for", "\"for\": \"1h30m\""),
            Map.entry("severity", "\"severity\": \"page\""),
            Map.entry("labels", "\"labels\": {\"__name__\": \"x\"}"),
            Map.entry("renotify_interval", "\"renotify_interval\": \"30s\""),
            Map.entry("colour", "\"colour\": \"red\""));
    for (Map.Entry<String, String> bad : badFields.entrySet()) {
      String body = withField(AUC_LOW.replace("auc-low", "other"), bad.getValue());
      assertError(send("POST", RULES, body), 400, bad.getKey());
      assertError(
          send("PUT", RULES + "/auc-low", withField(AUC_LOW, bad.getValue())), 400, bad.getKey());
    }
    assertError(send("POST", RULES, AUC_LOW), 409, "id");
    assertError(send("POST", RULES, "[1]"), 400, "body");
    assertError(send("POST", RULES, "{\"id\":"), 400, "body");
    assertError(send("POST", RULES.replace("churn", "nope"), AUC_LOW), 404, "name");
    assertError(send("PUT", RULES + "/other", AUC_LOW.replace("auc-low", "other")), 404, "id");
    assertError(send("PUT", RULES + "/auc-low", AUC_LOW.replace("auc-low", "other")), 400, "id");
    assertError(fixture.send("POST", RULES, null), 415, "Content-Type");

    assertEquals(List.of(before), fixture.alerts.rules("churn"));
  }

  @Test
  void defaultsAreCreatedOnceAndKeepTheUsersRules() {
    String mine = AUC_LOW.replace("auc-low", "no-data");
    assertEquals(201, send("POST", RULES, mine).status());

    JsonNode first = send("POST", RULES + "/defaults", null).json();
    List<String> created = first.get("created").findValuesAsText("id").stream().sorted().toList();
    assertEquals(
        List.of(
            "drift-share-high", "estimated-accuracy-drop", "missing-values-high", "roc-auc-low"),
        created);
    assertEquals("no-data", first.at("/kept/0").asText());
    assertEquals(
        Comparison.BELOW, fixture.alerts.findRule("churn", "no-data").orElseThrow().comparison());
    assertEquals(
        new Signal.Performance("roc_auc"),
        fixture.alerts.findRule("churn", "no-data").orElseThrow().signal()); // the user's, kept

    JsonNode second = send("POST", RULES + "/defaults", null).json();
    assertEquals(0, second.get("created").size());
    assertEquals(5, second.get("kept").size());
    assertEquals(5, fixture.alerts.rules("churn").size());
    assertError(send("POST", RULES.replace("churn", "nope") + "/defaults", null), 404, "name");
  }

  @Test
  void unknownModelsAre404() {
    assertError(fixture.get(RULES.replace("churn", "nope")), 404, "name");
    assertError(send("DELETE", RULES.replace("churn", "nope") + "/x", null), 404, "name");
  }

  /** {@code json} with {@code field} (a {@code "name": value} pair) set, replacing any. */
  private static String withField(String json, String field) {
    String name = field.substring(0, field.indexOf(':'));
    String replaced =
        json.replaceAll(
            "(?s)" + java.util.regex.Pattern.quote(name) + ":\\s*(\\{[^}]*}|\"[^\"]*\"|[^,}]+)",
            field);
    return replaced.equals(json) ? json.replaceFirst("\\{", "{" + field + ", ") : replaced;
  }
}
