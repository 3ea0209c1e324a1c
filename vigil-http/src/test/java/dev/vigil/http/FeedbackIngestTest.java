package dev.vigil.http;

import static dev.vigil.http.IngestFixture.FEEDBACK;
import static dev.vigil.http.IngestFixture.PREDICTIONS;
import static dev.vigil.http.IngestFixture.prediction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.event.LabelRecord;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code POST /api/v1/models/{name}/feedback} on each backend; the model's labels are {@code [1,
 * "Yes", true]} positive and {@code [0, "No", false]} negative.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class FeedbackIngestTest {

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

  private LabelRecord stored(String id) {
    return fixture.labels.find("churn", id).orElseThrow(() -> new AssertionError("no label " + id));
  }

  @Test
  void mapsEachSpellingOfTheLabelValues() {
    String body =
        "{\"records\":[{\"prediction_id\":\"a\",\"label\":\"Yes\"},"
            + "{\"prediction_id\":\"b\",\"label\":true},{\"prediction_id\":\"c\",\"label\":1},"
            + "{\"prediction_id\":\"d\",\"label\":\"No\"},{\"prediction_id\":\"e\",\"label\":false},"
            + "{\"prediction_id\":\"f\",\"label\":0,\"timestamp\":\"2026-11-02T08:00:00+01:00\"}]}";

    JsonNode answer = fixture.server.postJson(FEEDBACK, body).json();

    assertEquals(6, answer.get("accepted").asInt(), answer.toString());
    assertEquals(1, stored("a").label());
    assertEquals(1, stored("b").label());
    assertEquals(1, stored("c").label());
    assertEquals(0, stored("d").label());
    assertEquals(0, stored("e").label());
    assertEquals(Instant.parse("2026-11-02T07:00:00Z"), stored("f").labelTime());
    assertEquals(IngestFixture.NOW, stored("a").labelTime());
  }

  @Test
  void acceptsNdjsonAndLabelsArrivingBeforeTheirPrediction() {
    Answer answer =
        fixture.server.postNdjson(FEEDBACK, "{\"prediction_id\":\"early\",\"label\":\"Yes\"}\n");

    assertEquals(200, answer.status(), answer.body());
    assertEquals(1, stored("early").label());
    fixture.server.postJson(
        PREDICTIONS, "{\"records\":[" + prediction("\"id\":\"early\",", 0.9) + "]}");
    assertEquals(1, stored("early").label());
    assertEquals(1, fixture.storedPredictions());
  }

  @Test
  void countsDuplicatesAndConflictsAndKeepsTheFirstLabel() {
    fixture.server.postJson(FEEDBACK, "{\"records\":[{\"prediction_id\":\"p\",\"label\":1}]}");

    JsonNode answer =
        fixture
            .server
            .postJson(
                FEEDBACK,
                "{\"records\":[{\"prediction_id\":\"p\",\"label\":\"Yes\"},"
                    + "{\"prediction_id\":\"p\",\"label\":\"No\"},"
                    + "{\"prediction_id\":\"q\",\"label\":\"No\"}]}")
            .json();

    assertEquals(1, answer.get("accepted").asInt());
    assertEquals(1, answer.get("duplicates").asInt());
    assertEquals(1, answer.get("conflicting").asInt());
    assertEquals(1, stored("p").label());
    assertEquals(1, fixture.labels.conflicts("churn", "p").size());
  }

  @Test
  void anUnknownLabelValueIsNamedWithTheAcceptedValuesAndNothingIsStored() {
    Answer answer =
        fixture.server.postJson(
            FEEDBACK,
            "{\"records\":[{\"prediction_id\":\"ok\",\"label\":1},"
                + "{\"prediction_id\":\"x\",\"label\":\"maybe\"}]}");

    JsonNode error = ErrorAnswers.assertError(answer, 400, "records[1].label");
    assertTrue(error.get("error").asText().contains("1, Yes, true, 0, No, false"), answer.body());
    assertTrue(fixture.labels.find("churn", "ok").isEmpty());
  }

  @Test
  void badFieldsAreNamed() {
    String[][] cases = {
      {"{\"records\":[{\"label\":1}]}", "records[0].prediction_id"},
      {"{\"records\":[{\"prediction_id\":\"a b\",\"label\":1}]}", "records[0].prediction_id"},
      {"{\"records\":[{\"prediction_id\":\"a\"}]}", "records[0].label"},
      {"{\"records\":[{\"prediction_id\":\"a\",\"label\":1.5}]}", "records[0].label"},
      {
        "{\"records\":[{\"prediction_id\":\"a\",\"label\":1,\"timestamp\":\"x\"}]}",
        "records[0].timestamp"
      },
      {"{\"records\":[{\"prediction_id\":\"a\",\"label\":1,\"score\":1}]}", "records[0].score"},
    };
    for (String[] c : cases) {
      ErrorAnswers.assertError(fixture.server.postJson(FEEDBACK, c[0]), 400, c[1]);
    }
    assertTrue(fixture.labels.find("churn", "a").isEmpty());
    ErrorAnswers.assertError(
        fixture.server.postJson("/api/v1/models/nope/feedback", "{\"records\":[]}"), 404, "name");
  }

  @Test
  void ingestedRecordsAreCountedByModelAndKind() {
    fixture.server.postJson(
        PREDICTIONS,
        "{\"records\":["
            + prediction("\"id\":\"m1\",", 0.9)
            + ","
            + prediction("\"id\":\"m1\",", 0.9)
            + "]}");
    fixture.server.postJson(FEEDBACK, "{\"records\":[{\"prediction_id\":\"m1\",\"label\":1}]}");

    PrometheusText metrics = PrometheusText.parse(fixture.server.get("/metrics").body());

    assertEquals("counter", metrics.typeOf("vigil_ingested_records_total"));
    assertEquals(
        1.0, metrics.value("vigil_ingested_records_total{kind=\"prediction\",model=\"churn\"}"));
    assertEquals(
        1.0, metrics.value("vigil_ingested_records_total{kind=\"label\",model=\"churn\"}"));
  }
}
