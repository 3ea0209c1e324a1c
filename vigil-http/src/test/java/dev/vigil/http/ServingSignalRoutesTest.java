package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/models/{name}/serving} after real inference requests: answered ones count with
 * their latency, refused ones as errors, requests for no served model not at all. Not storage:
 * SQLite alone.
 */
class ServingSignalRoutesTest {

  private static final String ONE_ROW = "{\"instances\": [[40, \"France\", true]]}";
  private static final String TWO_ROWS =
      "{\"inputs\": [{\"name\": \"m\", \"datatype\": \"FP64\", \"shape\": [2, 3],"
          + " \"data\": [40, 1, 1, 50, 2, 0]}]}";
  private static final String SERVING = "/api/v1/models/churn/serving";

  @TempDir Path dataDir;

  @Test
  void countsAnsweredAndRefusedRequestsPerMinute() {
    try (ServingFixture fixture = new ServingFixture(Backend.SQLITE, dataDir)) {
      JsonNode before = get(fixture, SERVING);
      assertEquals(0, before.get("requests").asLong());
      assertTrue(before.get("p99_seconds").isNull());
      assertTrue(before.get("error_rate").isNull());
      assertEquals(0, before.get("minutes").size());

      assertEquals(200, fixture.post("/v1/models/churn:predict", ONE_ROW).status());
      assertEquals(200, fixture.post("/v2/models/churn/infer", TWO_ROWS).status());
      assertEquals(200, fixture.post("/v2/models/churn/versions/1/infer", TWO_ROWS).status());
      assertEquals(400, fixture.post("/v1/models/churn:predict", "[1]").status());
      assertEquals(400, fixture.post("/v2/models/churn/infer", "{\"inputs\": []}").status());
      assertEquals(404, fixture.post("/v2/models/ghost/infer", TWO_ROWS).status());
      assertEquals(404, fixture.post("/v2/models/churn/versions/9/infer", TWO_ROWS).status());

      JsonNode serving = get(fixture, SERVING + "?minutes=5");
      assertEquals("churn", serving.get("model").asText());
      assertEquals(5, serving.get("period_minutes").asInt());
      assertEquals(5, serving.get("requests").asLong());
      assertEquals(2, serving.get("errors").asLong());
      assertEquals(0.4, serving.get("error_rate").asDouble(), 1e-12);
      JsonNode minute = serving.get("minutes").get(0);
      assertEquals(1, serving.get("minutes").size());
      assertEquals("2026-11-23T12:00:00Z", minute.get("start").asText());
      assertEquals(5, minute.get("requests").asLong());
      assertEquals(2, minute.get("errors").asLong());
      double p50 = minute.get("p50_seconds").asDouble();
      double p99 = minute.get("p99_seconds").asDouble();
      assertTrue(p50 > 0 && p50 <= p99 && p99 < 60, p50 + " " + p99);
      assertEquals(p99, serving.get("p99_seconds").asDouble());
      // The served latencies are those /metrics counts: three answered requests.
      assertEquals(
          3,
          fixture
                  .metrics()
                  .value(
                      "vigil_inference_duration_seconds_count{model=\"churn\",protocol=\"v2\",version=\"2\"}")
              + fixture
                  .metrics()
                  .value(
                      "vigil_inference_duration_seconds_count{model=\"churn\",protocol=\"v1\",version=\"2\"}")
              + fixture
                  .metrics()
                  .value(
                      "vigil_inference_duration_seconds_count{model=\"churn\",protocol=\"v2\",version=\"1\"}"));
    }
  }

  @Test
  void aModelsOwnRefusalsAndFailuresCountAsErrors() {
    try (ServingFixture fixture = new ServingFixture(Backend.SQLITE, dataDir)) {
      Answer refused = fixture.post("/v1/models/picky:predict", ONE_ROW);
      assertEquals(400, refused.status(), refused.body());
      assertEquals(1.0, fixture.stats.errorRate("picky", Duration.ofMinutes(1)).getAsDouble());
      assertTrue(fixture.stats.latencyQuantile("picky", 0.5, Duration.ofMinutes(1)).isEmpty());
      assertEquals(500, fixture.post("/v1/models/broken:predict", ONE_ROW).status());
      assertEquals(1.0, fixture.stats.errorRate("broken", Duration.ofMinutes(1)).getAsDouble());
      assertTrue(fixture.stats.minutes("ghost", Duration.ofMinutes(60)).isEmpty());
    }
  }

  @Test
  void refusesBadPeriodsAndUnknownModels() {
    try (ServingFixture fixture = new ServingFixture(Backend.SQLITE, dataDir)) {
      for (String query : new String[] {"?minutes=0", "?minutes=61", "?minutes=x"}) {
        Answer bad = fixture.get(SERVING + query);
        assertEquals(400, bad.status(), query);
        assertEquals("minutes", bad.json().get("field").asText());
      }
      assertEquals("from", fixture.get(SERVING + "?from=1").json().get("field").asText());
      Answer unknown = fixture.get("/api/v1/models/ghost/serving");
      assertEquals(404, unknown.status());
      assertEquals("name", unknown.json().get("field").asText());
    }
  }

  private static JsonNode get(ServingFixture fixture, String path) {
    Answer answer = fixture.get(path);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }
}
