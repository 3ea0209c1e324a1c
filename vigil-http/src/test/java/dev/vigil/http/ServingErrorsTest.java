package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Refused inference requests name what is wrong, and nothing of them is recorded. */
@ParameterizedClass
@EnumSource(Backend.class)
class ServingErrorsTest {

  private static final String INFER = "/v2/models/churn/infer";
  private static final String PREDICT = "/v1/models/churn:predict";

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

  /** The status, the field, and an error message that names the field and {@code about}. */
  private static void refused(int status, String field, String about, Answer answer) {
    assertEquals(status, answer.status(), answer.body());
    assertEquals(field, answer.json().get("field").asText(), answer.body());
    String error = answer.json().get("error").asText();
    assertTrue(error.contains(field) && error.contains(about), answer.body());
  }

  private static String tensors(String... tensors) {
    return "{\"inputs\": [" + String.join(", ", tensors) + "]}";
  }

  private static String tensor(String name, String datatype, String shape, String data) {
    return "{\"name\": \""
        + name
        + "\", \"datatype\": \""
        + datatype
        + "\", \"shape\": "
        + shape
        + ", \"data\": "
        + data
        + "}";
  }

  private static final String AGE = tensor("Age", "FP32", "[1]", "[40]");
  private static final String GEOGRAPHY = tensor("Geography", "BYTES", "[1]", "[\"France\"]");
  private static final String ACTIVE = tensor("IsActive", "BOOL", "[1]", "[true]");

  @Test
  void badTensorsAreRefusedNamingTheTensorAndNothingIsRecorded() {
    refused(
        400,
        "inputs[2].data[0]",
        "IsActive",
        fixture.post(INFER, tensors(AGE, GEOGRAPHY, tensor("IsActive", "BOOL", "[1]", "[3]"))));
    refused(
        400,
        "inputs[0].data[0]",
        "Age",
        fixture.post(INFER, tensors(tensor("Age", "INT64", "[1]", "[40.5]"), GEOGRAPHY, ACTIVE)));
    refused(
        400,
        "inputs[0].data[0]",
        "Age",
        fixture.post(
            INFER, tensors(tensor("Age", "BYTES", "[1]", "[\"old\"]"), GEOGRAPHY, ACTIVE)));
    refused(
        400,
        "inputs[1].name",
        "Country",
        fixture.post(INFER, tensors(AGE, tensor("Country", "BYTES", "[1]", "[\"F\"]"), ACTIVE)));
    refused(400, "inputs", "IsActive", fixture.post(INFER, tensors(AGE, GEOGRAPHY)));
    refused(
        400,
        "inputs[0].shape",
        "Age",
        fixture.post(INFER, tensors(tensor("Age", "FP32", "[2]", "[40]"), GEOGRAPHY, ACTIVE)));
    refused(
        400,
        "inputs[2].shape",
        "IsActive",
        fixture.post(
            INFER,
            tensors(
                tensor("Age", "FP32", "[2]", "[40, 50]"),
                tensor("Geography", "BYTES", "[2]", "[\"a\", \"b\"]"),
                ACTIVE)));
    refused(
        400,
        "inputs[0].datatype",
        "FP16",
        fixture.post(INFER, tensors(tensor("Age", "FP16", "[1]", "[40]"), GEOGRAPHY, ACTIVE)));
    refused(
        400,
        "inputs[0].shape",
        "[N, 3]",
        fixture.post(INFER, tensors(tensor("m", "FP64", "[1, 2]", "[40, 1]"))));
    refused(
        400,
        "outputs[0].name",
        "proba",
        fixture.post(
            INFER,
            "{\"inputs\": ["
                + AGE
                + ", "
                + GEOGRAPHY
                + ", "
                + ACTIVE
                + "],"
                + " \"outputs\": [{\"name\": \"proba\"}]}"));
    refused(400, "inputs", "non-empty", fixture.post(INFER, "{\"inputs\": []}"));
    refused(400, "body", "JSON", fixture.post(INFER, "{\"inputs\": ["));
    fixture.settle();
    assertEquals(0, fixture.stored("churn"));
  }

  @Test
  void badInstancesAndIdsAreRefusedNamingTheField() {
    refused(
        400,
        "instances[1]",
        "Age",
        fixture.post(PREDICT, "{\"instances\": [[40, \"France\", true], [40, \"France\"]]}"));
    refused(
        400,
        "instances[0].Age",
        "number",
        fixture.post(PREDICT, "{\"instances\": [{\"Age\": \"old\"}]}"));
    refused(
        400,
        "instances[0][2]",
        "boolean",
        fixture.post(PREDICT, "{\"instances\": [[40, \"France\", \"maybe\"]]}"));
    refused(400, "instances", "non-empty", fixture.post(PREDICT, "{\"instances\": []}"));
    refused(
        400,
        "ids[1]",
        "repeated",
        fixture.post(
            PREDICT,
            "{\"instances\": [[40, \"F\", true], [41, \"F\", true]], \"ids\": [\"x\", \"x\"]}"));
    refused(
        400,
        "ids[0]",
        "predictionId",
        fixture.post(PREDICT, "{\"instances\": [[40, \"F\", true]], \"ids\": [\"a b\"]}"));
    refused(
        400,
        "parameters.prediction_ids",
        "one id per row",
        fixture.post(
            INFER,
            "{\"parameters\": {\"prediction_ids\": [\"a\", \"b\"]}, \"inputs\": ["
                + AGE
                + ", "
                + GEOGRAPHY
                + ", "
                + ACTIVE
                + "]}"));
    fixture.settle();
    assertEquals(0, fixture.stored("churn"));
  }

  @Test
  void aScorerRefusingAValueIsA400AboutTheRows() {
    refused(
        400,
        "instances",
        "Mars",
        fixture.post("/v1/models/picky:predict", "{\"instances\": [[40, \"Mars\", true]]}"));
    refused(
        400,
        "inputs",
        "Mars",
        fixture.post("/v2/models/picky/infer", tensors(AGE, GEOGRAPHY, ACTIVE)));
  }

  @Test
  void unknownModelsAndVersionsAre404() {
    String v1Body = "{\"instances\": [[40, \"France\", true]]}";
    String v2Body = tensors(AGE, GEOGRAPHY, ACTIVE);
    refused(404, "name", "ghost", fixture.post("/v1/models/ghost:predict", v1Body));
    refused(404, "name", "ghost", fixture.get("/v1/models/ghost"));
    refused(404, "name", "ghost", fixture.post("/v2/models/ghost/infer", v2Body));
    refused(404, "name", "ghost", fixture.get("/v2/models/ghost"));
    refused(404, "name", "ghost", fixture.get("/v2/models/ghost/ready"));
    refused(404, "version", "9", fixture.post("/v1/models/churn/versions/9:predict", v1Body));
    refused(404, "version", "9", fixture.post("/v2/models/churn/versions/9/infer", v2Body));
    refused(404, "version", "9", fixture.get("/v2/models/churn/versions/9"));
    refused(404, "version", "9", fixture.get("/v2/models/churn/versions/9/ready"));
  }
}
