package dev.vigil.http;

import static dev.vigil.http.IngestFixture.PREDICTIONS;
import static dev.vigil.http.IngestFixture.prediction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.event.PredictionRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code POST /api/v1/models/{name}/predictions} accepting records, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class PredictionIngestTest {

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
  void storesJsonRecordsWithEveryField() {
    Answer answer =
        fixture.server.postJson(
            PREDICTIONS,
            "{\"records\":["
                + prediction("\"id\":\"p-1\",", 0.83)
                + ","
                + prediction("\"id\":\"p-2\",", 0.1)
                + "]}");

    assertEquals(200, answer.status(), answer.body());
    assertEquals(2, answer.json().get("accepted").asInt());
    assertEquals(0, answer.json().get("duplicates").asInt());
    assertEquals("[\"p-1\",\"p-2\"]", answer.json().get("ids").toString());
    PredictionRecord stored = fixture.predictions.find("churn", "p-1").orElseThrow();
    assertEquals(Instant.parse("2026-11-01T10:00:00Z"), stored.eventTime());
    assertEquals("3", stored.modelVersion());
    assertEquals(0.83, stored.score());
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("Age", 42.0);
    features.put("Geography", "France");
    features.put("IsActive", true);
    assertEquals(features, stored.features());
    assertEquals(2, fixture.storedPredictions());
  }

  @Test
  void storesNdjsonRecordsSkippingBlankLines() {
    String lines =
        prediction("\"id\":\"n-1\",", 0.5) + "\n\n" + prediction("\"id\":\"n-2\",", 0.6) + "\n";

    Answer answer = fixture.server.postNdjson(PREDICTIONS, lines);

    assertEquals(200, answer.status(), answer.body());
    assertEquals(2, answer.json().get("accepted").asInt());
    assertEquals(0.6, fixture.predictions.find("churn", "n-2").orElseThrow().score());
  }

  @Test
  void generatesTheIdAndTakesTheTimeFromTheClockWhenMissing() {
    String record = "{\"features\":{\"Age\":30},\"score\":0.2,\"model_version\":7}";

    JsonNode answer = fixture.server.postJson(PREDICTIONS, "{\"records\":[" + record + "]}").json();

    String id = answer.get("ids").get(0).asText();
    assertEquals(id, UUID.fromString(id).toString());
    PredictionRecord stored = fixture.predictions.find("churn", id).orElseThrow();
    assertEquals(IngestFixture.NOW, stored.eventTime());
    assertEquals("7", stored.modelVersion());
  }

  @Test
  void aResendIsCountedAsDuplicatesAndNotStoredTwice() {
    String first =
        "{\"records\":["
            + prediction("\"id\":\"p-1\",", 0.8)
            + ","
            + prediction("\"id\":\"p-2\",", 0.8)
            + "]}";
    fixture.server.postJson(PREDICTIONS, first);

    String resend =
        "{\"records\":["
            + prediction("\"id\":\"p-2\",", 0.1)
            + ","
            + prediction("\"id\":\"p-3\",", 0.3)
            + ","
            + prediction("\"id\":\"p-3\",", 0.4)
            + "]}";
    JsonNode answer = fixture.server.postJson(PREDICTIONS, resend).json();

    assertEquals(1, answer.get("accepted").asInt());
    assertEquals(2, answer.get("duplicates").asInt());
    assertEquals(3, fixture.storedPredictions());
    assertEquals(0.8, fixture.predictions.find("churn", "p-2").orElseThrow().score());
    assertEquals(0.3, fixture.predictions.find("churn", "p-3").orElseThrow().score());
  }

  @Test
  void acceptsFeaturesThatDoNotFitTheSchema() {
    // Unknown feature, wrong type for Age, Geography missing, a null: data quality, not refusals.
    String record =
        "{\"id\":\"q-1\",\"features\":{\"Age\":\"forty\",\"Shoe\":9.5,\"IsActive\":null},"
            + "\"score\":1,\"model_version\":\"3\"}";

    Answer answer = fixture.server.postJson(PREDICTIONS, "{\"records\":[" + record + "]}");

    assertEquals(200, answer.status(), answer.body());
    PredictionRecord stored = fixture.predictions.find("churn", "q-1").orElseThrow();
    assertEquals("forty", stored.features().get("Age"));
    assertEquals(9.5, stored.features().get("Shoe"));
    assertNull(stored.features().get("IsActive"));
    assertEquals(1.0, stored.score());
  }
}
