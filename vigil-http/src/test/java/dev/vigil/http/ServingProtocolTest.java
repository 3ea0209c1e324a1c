package dev.vigil.http;

import static dev.vigil.http.ServingFixture.logistic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.event.PredictionRecord;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** KServe V1 and V2 inference on a real server and pipeline, and the predictions monitored. */
@ParameterizedClass
@EnumSource(Backend.class)
class ServingProtocolTest {

  static final String V2_PER_INPUT =
      """
      {"id": "req-7", "inputs": [
        {"name": "Age", "datatype": "FP32", "shape": [2, 1], "data": [[50], [30]]},
        {"name": "Geography", "datatype": "BYTES", "shape": [2], "data": ["France", "Spain"]},
        {"name": "IsActive", "datatype": "BOOL", "shape": [2], "data": [false, true]}]}
      """;

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private ServingFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServingFixture(backend, dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode ok(Answer answer) {
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  @Test
  void v1InstancesByNameOrInOrderAnswerProbabilitiesLabelsAndFreshIds() {
    JsonNode answer =
        ok(
            fixture.post(
                "/v1/models/churn:predict",
                """
                {"instances": [{"Age": 40, "Geography": "France", "IsActive": false, "Extra": 1},
                  [30, "Spain", true]]}
                """));
    assertEquals(logistic(40, false), answer.at("/predictions/0").asDouble(), 1e-12);
    assertEquals(logistic(30, true), answer.at("/predictions/1").asDouble(), 1e-12);
    assertEquals("[1,0]", answer.get("labels").toString());
    assertEquals("2", answer.get("model_version").asText());
    String first = answer.at("/prediction_ids/0").asText();
    assertEquals(36, first.length(), first);
    assertNotEquals(first, answer.at("/prediction_ids/1").asText());

    fixture.settle();
    PredictionRecord stored = fixture.find(first).orElseThrow();
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("Age", 40.0);
    features.put("Geography", "France");
    features.put("IsActive", false);
    assertEquals(features, stored.features());
    assertEquals(logistic(40, false), stored.score(), 1e-12);
    assertEquals("2", stored.modelVersion());
    assertEquals(ServingFixture.NOW, stored.eventTime());
  }

  @Test
  void clientIdsAreKeptAndServedPredictionsAppearInTheWindows() {
    JsonNode v1 =
        ok(
            fixture.post(
                "/v1/models/churn:predict",
                "{\"instances\": [[45, \"France\", false]], \"ids\": [\"customer-1:2026\"]}"));
    assertEquals("customer-1:2026", v1.at("/prediction_ids/0").asText());
    JsonNode v2 =
        ok(
            fixture.post(
                "/v2/models/churn/infer",
                V2_PER_INPUT.replace(
                    "\"inputs\"",
                    "\"parameters\": {\"prediction_ids\": [\"a\", \"b\"]}, \"inputs\"")));
    assertEquals("[\"a\",\"b\"]", v2.at("/parameters/prediction_ids").toString());

    fixture.settle();
    assertEquals(3, fixture.stored("churn"));
    assertEquals(logistic(30, true), fixture.find("b").orElseThrow().score(), 1e-12);
    JsonNode windows =
        ok(
            fixture.get(
                "/api/v1/models/churn/windows?from=2026-11-23T11:00:00Z&to=2026-11-23T13:00:00Z"));
    assertEquals(1, windows.get("windows").size(), windows.toString());
    assertEquals(3, windows.at("/windows/0/predictions").asLong());
  }

  @Test
  void v2TensorPerInputAnswersBothOutputsAndEchoesTheId() {
    JsonNode answer = ok(fixture.post("/v2/models/churn/infer", V2_PER_INPUT));
    assertEquals("churn", answer.get("model_name").asText());
    assertEquals("2", answer.get("model_version").asText());
    assertEquals("req-7", answer.get("id").asText());
    JsonNode probability = answer.at("/outputs/0");
    assertEquals("probability", probability.get("name").asText());
    assertEquals("FP64", probability.get("datatype").asText());
    assertEquals("[2,1]", probability.get("shape").toString());
    assertEquals(logistic(50, false), probability.at("/data/0").asDouble(), 1e-12);
    assertEquals(logistic(30, true), probability.at("/data/1").asDouble(), 1e-12);
    JsonNode label = answer.at("/outputs/1");
    assertEquals("label", label.get("name").asText());
    assertEquals("INT64", label.get("datatype").asText());
    assertEquals("[1,0]", label.get("data").toString());
    assertEquals(2, answer.at("/parameters/prediction_ids").size());
  }

  @Test
  void v2SingleMatrixInInputOrderAndRequestedOutputs() {
    JsonNode bytes =
        ok(
            fixture.post(
                "/v2/models/churn/infer",
                """
                {"inputs": [{"name": "input-0", "datatype": "BYTES", "shape": [2, 3],
                  "data": ["50", "France", "false", "30", "Spain", "1"]}],
                 "outputs": [{"name": "label"}]}
                """));
    assertEquals(1, bytes.get("outputs").size());
    assertEquals("label", bytes.at("/outputs/0/name").asText());
    assertEquals("[1,0]", bytes.at("/outputs/0/data").toString());
    assertTrue(bytes.get("id") == null, "no id asked, none echoed");
    JsonNode numbers =
        ok(
            fixture.post(
                "/v2/models/churn/infer",
                """
                {"inputs": [{"name": "x", "datatype": "FP64", "shape": [1, 3],
                  "data": [[55.5, 3, 1]]}]}
                """));
    assertEquals(logistic(55.5, true), numbers.at("/outputs/0/data/0").asDouble(), 1e-12);
    fixture.settle();
    String id = numbers.at("/parameters/prediction_ids/0").asText();
    assertEquals("3", fixture.find(id).orElseThrow().features().get("Geography"));
  }

  @Test
  void versionsAreAddressedOnBothProtocols() {
    JsonNode v1 =
        ok(
            fixture.post(
                "/v1/models/churn/versions/1:predict",
                "{\"instances\": [[45, \"France\", false]]}"));
    assertEquals(0.25, v1.at("/predictions/0").asDouble());
    assertEquals(0, v1.at("/labels/0").asInt());
    assertEquals("1", v1.get("model_version").asText());
    JsonNode v2 = ok(fixture.post("/v2/models/churn/versions/1/infer", V2_PER_INPUT));
    assertEquals("1", v2.get("model_version").asText());
    assertEquals(0.25, v2.at("/outputs/0/data/1").asDouble());
    JsonNode current = ok(fixture.post("/v2/models/churn/versions/2/infer", V2_PER_INPUT));
    assertEquals(logistic(30, true), current.at("/outputs/0/data/1").asDouble(), 1e-12);
    fixture.settle();
    String id = v2.at("/parameters/prediction_ids/0").asText();
    assertEquals("1", fixture.find(id).orElseThrow().modelVersion());
  }

  @Test
  void metadataReadinessAndHealth() {
    JsonNode metadata = ok(fixture.get("/v2/models/churn"));
    assertEquals("churn", metadata.get("name").asText());
    assertEquals("[\"2\"]", metadata.get("versions").toString());
    assertEquals(
        "[{\"name\":\"Age\",\"datatype\":\"FP64\",\"shape\":[-1,1]},"
            + "{\"name\":\"Geography\",\"datatype\":\"BYTES\",\"shape\":[-1,1]},"
            + "{\"name\":\"IsActive\",\"datatype\":\"BOOL\",\"shape\":[-1,1]}]",
        metadata.get("inputs").toString());
    assertEquals("probability", metadata.at("/outputs/0/name").asText());
    assertEquals("INT64", metadata.at("/outputs/1/datatype").asText());
    assertEquals(
        "[\"1\"]", ok(fixture.get("/v2/models/churn/versions/1")).get("versions").toString());
    assertTrue(ok(fixture.get("/v2/models/churn/ready")).get("ready").asBoolean());
    assertTrue(ok(fixture.get("/v2/models/churn/versions/1/ready")).get("ready").asBoolean());
    assertTrue(ok(fixture.get("/v1/models/churn")).get("ready").asBoolean());
    assertEquals("1", ok(fixture.get("/v1/models/churn/versions/1")).get("version").asText());
    assertTrue(ok(fixture.get("/v2/health/live")).get("live").asBoolean());
    assertTrue(ok(fixture.get("/v2/health/ready")).get("ready").asBoolean());
    assertEquals("vigil", ok(fixture.get("/v2")).get("name").asText());
  }
}
