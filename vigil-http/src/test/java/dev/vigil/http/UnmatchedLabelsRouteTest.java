package dev.vigil.http;

import static dev.vigil.http.ErrorAnswers.assertError;
import static dev.vigil.http.IngestFixture.FEEDBACK;
import static dev.vigil.http.IngestFixture.PREDICTIONS;
import static dev.vigil.http.IngestFixture.prediction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code GET /api/v1/models/{name}/labels/unmatched} on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class UnmatchedLabelsRouteTest {

  private static final String UNMATCHED = "/api/v1/models/churn/labels/unmatched";

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private IngestFixture fixture;

  @BeforeEach
  void start() {
    fixture = new IngestFixture(backend, dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void aModelWithoutLabelsHasNoneUnmatched() {
    JsonNode answer = fixture.server.get(UNMATCHED).json();
    assertEquals("churn", answer.get("model").asText());
    assertEquals(0, answer.get("count").asLong());
    assertTrue(answer.get("oldest_label_time").isNull(), answer.toString());
    assertEquals(0, answer.get("examples").size());
  }

  @Test
  void countsLabelsWithoutAPredictionAndShowsTheOldestFirstUpToTheLimit() {
    fixture.server.postJson(
        FEEDBACK,
        "{\"records\":["
            + "{\"prediction_id\":\"late\",\"label\":\"No\",\"timestamp\":\"2026-11-03T00:00:00Z\"},"
            + "{\"prediction_id\":\"never\",\"label\":\"Yes\",\"timestamp\":\"2026-11-02T00:00:00Z\"},"
            + "{\"prediction_id\":\"seen\",\"label\":1,\"timestamp\":\"2026-11-01T00:00:00Z\"}]}");
    Answer stored =
        fixture.server.postJson(
            PREDICTIONS, "{\"records\":[" + prediction("\"id\":\"seen\",", 0.9) + "]}");
    assertEquals(200, stored.status(), stored.body());

    JsonNode answer = fixture.server.get(UNMATCHED + "?limit=1").json();

    assertEquals(2, answer.get("count").asLong(), answer.toString());
    assertEquals("2026-11-02T00:00:00Z", answer.get("oldest_label_time").asText());
    assertEquals(1, answer.get("examples").size());
    JsonNode first = answer.get("examples").get(0);
    assertEquals("never", first.get("prediction_id").asText());
    assertEquals(1, first.get("label").asInt());
    assertEquals("2026-11-02T00:00:00Z", first.get("label_time").asText());
    JsonNode all = fixture.server.get(UNMATCHED).json();
    assertEquals("late", all.get("examples").get(1).get("prediction_id").asText());
    assertEquals(0, all.get("examples").get(1).get("label").asInt());
  }

  @Test
  void refusesABadLimitAnUnknownParameterAndAnUnknownModel() {
    assertError(fixture.server.get(UNMATCHED + "?limit=1001"), 400, "limit");
    assertError(fixture.server.get(UNMATCHED + "?limit=-1"), 400, "limit");
    assertError(fixture.server.get(UNMATCHED + "?limit=ten"), 400, "limit");
    assertError(fixture.server.get(UNMATCHED + "?lmit=10"), 400, "lmit");
    assertError(fixture.server.get("/api/v1/models/ghost/labels/unmatched"), 404, "name");
  }
}
