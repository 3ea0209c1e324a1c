package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcEventLog;
import dev.vigil.store.JdbcWindowStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composition of {@code vigil serve}: predictions, labels and KServe joins all reach the
 * windows (pending before a flush, stored after close), and close flushes with the log's watermark.
 */
class MonitoringServerTest {

  private static final String MODEL =
      """
      {"name": "churn",
       "schema": [{"name": "Age", "type": "numeric"}, {"name": "Geography", "type": "categorical"}],
       "positive_class": "churned", "positive_labels": [1], "negative_labels": [0],
       "segments": ["Geography"]}""";
  private static final String PREDICTIONS =
      """
      {"records": [
        {"id": "p1", "timestamp": "2026-11-23T10:05:00Z",
         "features": {"Age": 42, "Geography": "France"}, "score": 0.8, "model_version": "1"},
        {"id": "p2", "timestamp": "2026-11-23T10:06:00Z",
         "features": {"Age": 35, "Geography": "Spain"}, "score": 0.2, "model_version": "1"}]}""";
  private static final String LABELS =
      "{\"records\": [{\"prediction_id\": \"p1\", \"label\": 1,"
          + " \"timestamp\": \"2026-11-23T12:00:00Z\"}]}";

  @TempDir Path dir;

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void predictionsLabelsAndKServeJoinsReachTheWindowsAndCloseFlushesThem() throws Exception {
    ServeSettings settings =
        new SettingsResolver(
                Map.of(
                    Setting.PORT, "0",
                    Setting.DATA_DIR, dir.toString(),
                    Setting.FLUSH_INTERVAL, "1h"),
                Map.of(),
                Map.of())
            .resolve();
    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port();
      assertEquals(201, post(base + "/api/v1/models", MODEL, Map.of()).statusCode());
      assertEquals(
          200, post(base + "/api/v1/models/churn/predictions", PREDICTIONS, Map.of()).statusCode());
      assertEquals(
          200, post(base + "/api/v1/models/churn/feedback", LABELS, Map.of()).statusCode());
      assertEquals(
          202,
          post(
                  base + "/api/v1/kserve/events",
                  "{\"instances\": [[50, \"Germany\"]]}",
                  kserve("request"))
              .statusCode());
      assertEquals(
          200,
          post(
                  base + "/api/v1/kserve/events",
                  "{\"predictions\": [[0.3, 0.7]]}",
                  kserve("response"))
              .statusCode());

      JsonNode windows =
          json.readTree(
              get(
                  base
                      + "/api/v1/models/churn/windows?from=2026-11-23T00:00:00Z"
                      + "&to=2026-11-24T00:00:00Z&granularity=day"));
      assertEquals(3, windows.get("windows").get(0).get("predictions").asInt(), windows.toString());
      assertEquals(1, windows.get("windows").get(0).get("labelled").asInt(), windows.toString());
    }

    try (Database database = Database.openDataDir(dir)) {
      JdbcWindowStore store = new JdbcWindowStore(database);
      assertEquals(new JdbcEventLog(database).lastSequence(), store.watermark());
      List<Window> all = store.find(day(Segment.ALL));
      assertEquals(3, all.stream().mapToLong(w -> w.summary().predictions()).sum());
      assertEquals(1, all.stream().mapToLong(w -> w.summary().labelledCount()).sum());
      assertEquals(
          1,
          store.find(day(new Segment("Geography", "Germany"))).stream()
              .mapToLong(w -> w.summary().predictions())
              .sum());
    }
  }

  @Test
  void retentionAtStartUpDeletesOldFlushedRecordsKeepsTheWindowsAndAResendCountsAgain()
      throws Exception {
    ServeSettings settings =
        new SettingsResolver(
                Map.of(
                    Setting.PORT, "0",
                    Setting.DATA_DIR, dir.toString(),
                    Setting.FLUSH_INTERVAL, "1h",
                    Setting.RETENTION, "1d"),
                Map.of(),
                Map.of())
            .resolve();
    String old = PREDICTIONS.replace("2026-11-23T10:0", "2020-01-01T10:0");
    String oldLabels =
        "{\"records\": [{\"prediction_id\": \"p1\", \"label\": 1,"
            + " \"timestamp\": \"2020-01-01T12:00:00Z\"}, {\"prediction_id\": \"never\","
            + " \"label\": 0, \"timestamp\": \"2020-01-01T12:00:00Z\"}]}";
    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port();
      assertEquals(201, post(base + "/api/v1/models", MODEL, Map.of()).statusCode());
      assertEquals(
          200, post(base + "/api/v1/models/churn/predictions", old, Map.of()).statusCode());
      assertEquals(
          200, post(base + "/api/v1/models/churn/feedback", oldLabels, Map.of()).statusCode());
    } // close flushes: every record is now at or below the watermark

    try (MonitoringServer server = MonitoringServer.start(settings)) {
      String base = "http://127.0.0.1:" + server.port();
      String metrics = get(base + "/metrics");
      assertTrue(
          metrics.contains("vigil_retention_deleted_records_total{kind=\"prediction\"} 2.0"),
          metrics);
      assertTrue(
          metrics.contains("vigil_retention_deleted_records_total{kind=\"label\"} 2.0"), metrics);
      String windows =
          base
              + "/api/v1/models/churn/windows?from=2020-01-01T00:00:00Z"
              + "&to=2020-01-02T00:00:00Z&granularity=day";
      JsonNode kept = json.readTree(get(windows)).get("windows").get(0);
      assertEquals(2, kept.get("predictions").asInt(), kept.toString());
      assertEquals(1, kept.get("labelled").asInt(), kept.toString());
      JsonNode unmatched = json.readTree(get(base + "/api/v1/models/churn/labels/unmatched"));
      assertEquals(0, unmatched.get("count").asInt(), unmatched.toString());

      HttpResponse<String> resent = post(base + "/api/v1/models/churn/predictions", old, Map.of());
      assertEquals(2, json.readTree(resent.body()).get("accepted").asInt(), resent.body());
      JsonNode again = json.readTree(get(windows)).get("windows").get(0);
      assertEquals(4, again.get("predictions").asInt(), again.toString());
    }
  }

  private static WindowQuery day(Segment segment) {
    return new WindowQuery(
        "churn",
        Instant.parse("2026-11-23T00:00:00Z"),
        Instant.parse("2026-11-24T00:00:00Z"),
        segment,
        Optional.empty());
  }

  private static Map<String, String> kserve(String half) {
    return Map.of(
        "Ce-Specversion", "1.0",
        "Ce-Type", "org.kubeflow.serving.inference." + half,
        "Ce-Id", "ks-1",
        "Ce-Inferenceservicename", "churn",
        "Ce-Time", "2026-11-23T10:30:00Z");
  }

  private HttpResponse<String> post(String url, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> answer =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return answer;
  }

  private String get(String url) throws Exception {
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }
}
