package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.app.serve.FreePortSettings;
import dev.vigil.app.serve.MonitoringServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.mlflow.api.proto.ModelRegistry.ModelVersion;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.tracking.MlflowClient;

/**
 * The model trained by {@code vigil train --promote} answers KServe V1 and V2 requests from {@code
 * vigil serve}, its predictions reach monitoring in-process, its reference is the training data,
 * and MLflow's official Java client sees the run and the version. The serving metrics are read
 * after the first test's requests.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServingEndToEndTest {

  @TempDir static Path dataDir;
  private static MonitoringServer server;
  private static String base;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void trainAndServe() {
    CommandRun train =
        CommandRun.of(
            "train",
            "--data",
            SharedData.path("Churn_Modelling.csv").toString(),
            "--target",
            "Exited",
            "--promote",
            "--data-dir",
            dataDir.toString());
    assertEquals(0, train.exitCode(), train.err() + train.out());
    server = MonitoringServer.start(FreePortSettings.of(dataDir));
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void v1AndV2AnswerWithIdsAndThePredictionsReachTheWindows() throws Exception {
    String v1 =
        """
        {"instances": [
          {"CreditScore": 619, "Geography": "France", "Gender": "Female", "Age": 42, "Tenure": 2,
           "Balance": 0, "NumOfProducts": 1, "HasCrCard": 1, "IsActiveMember": 1,
           "EstimatedSalary": 101348.88},
          [502, "France", "Female", 42, 8, 159660.8, 3, 1, 0, 113931.57]]}""";
    HttpResponse<String> first = post("/v1/models/churn:predict", v1);
    assertEquals(200, first.statusCode(), first.body());
    JsonNode answer = json.readTree(first.body());
    assertEquals(2, answer.get("predictions").size());
    // Row 3 of the file churned (Exited=1) and row 1 did not; a good model ranks them so.
    assertTrue(
        answer.get("predictions").get(1).asDouble() > answer.get("predictions").get(0).asDouble(),
        first.body());
    assertEquals("1", answer.get("model_version").asText());

    String v2 =
        """
        {"id": "req-1", "inputs": [
          {"name": "CreditScore", "shape": [1], "datatype": "FP64", "data": [699]},
          {"name": "Geography", "shape": [1], "datatype": "BYTES", "data": ["Spain"]},
          {"name": "Gender", "shape": [1], "datatype": "BYTES", "data": ["Male"]},
          {"name": "Age", "shape": [1], "datatype": "INT64", "data": [39]},
          {"name": "Tenure", "shape": [1], "datatype": "INT64", "data": [1]},
          {"name": "Balance", "shape": [1], "datatype": "FP32", "data": [0]},
          {"name": "NumOfProducts", "shape": [1], "datatype": "INT32", "data": [2]},
          {"name": "HasCrCard", "shape": [1], "datatype": "INT64", "data": [0]},
          {"name": "IsActiveMember", "shape": [1], "datatype": "INT64", "data": [0]},
          {"name": "EstimatedSalary", "shape": [1], "datatype": "FP64", "data": [93826.63]}]}""";
    HttpResponse<String> second = post("/v2/models/churn/infer", v2);
    assertEquals(200, second.statusCode(), second.body());
    JsonNode infer = json.readTree(second.body());
    assertEquals("req-1", infer.get("id").asText());
    assertEquals("probability", infer.at("/outputs/0/name").asText());
    double p = infer.at("/outputs/0/data/0").asDouble();
    assertTrue(p > 0 && p < 1, second.body());

    Set<String> ids = new HashSet<>();
    answer.get("prediction_ids").forEach(id -> ids.add(id.asText()));
    infer.at("/parameters/prediction_ids").forEach(id -> ids.add(id.asText()));
    assertEquals(3, ids.size());
    assertEquals(3, predictionsInWindowsOfToday(3));
  }

  @Test
  @Order(2)
  void metadataDriftAgainstTheTrainingReferenceAndInferenceMetrics() throws Exception {
    JsonNode metadata = json.readTree(get("/v2/models/churn").body());
    assertEquals(10, metadata.get("inputs").size(), metadata.toString());
    assertEquals(200, get("/v2/health/ready").statusCode());
    String reference = get("/api/v1/models/churn/reference").body();
    assertTrue(reference.contains("\"rows\":10000"), reference);
    JsonNode detectors = json.readTree(get("/api/v1/models/churn/detectors").body());
    JsonNode score = detectors.at("/detectors/0");
    assertEquals("score", score.get("stream").asText(), detectors.toString());
    assertEquals(3, score.get("observations").asInt(), detectors.toString());
    String metrics = get("/metrics").body();
    assertTrue(
        metrics.contains(
            "vigil_inference_duration_seconds_count{model=\"churn\",protocol=\"v1\",version=\"1\"} 1"),
        metrics);
  }

  @Test
  void mlflowsJavaClientSeesTheTrainingRunAndTheChampionVersion() {
    MlflowClient mlflow = new MlflowClient(base);
    try {
      ModelVersion version = mlflow.getModelVersion("churn", "1");
      assertEquals("READY", version.getStatus().name());
      assertEquals("Production", version.getCurrentStage());
      Experiment experiment = mlflow.getExperimentByName("vigil-train").orElseThrow();
      RunInfo run = mlflow.getRun(version.getRunId()).getInfo();
      assertEquals(experiment.getExperimentId(), run.getExperimentId());
      assertEquals("FINISHED", run.getStatus().name());
      assertTrue(
          mlflow.getMetricHistory(version.getRunId(), "holdout_roc_auc").get(0).getValue() > 0.86);
    } finally {
      mlflow.close();
    }
  }

  /** Waits for the queued predictions to be committed (they are answered before that). */
  private int predictionsInWindowsOfToday(int expected) throws Exception {
    Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
    String path =
        "/api/v1/models/churn/windows?granularity=day&from="
            + today
            + "&to="
            + today.plus(1, ChronoUnit.DAYS);
    int seen = 0;
    for (int attempt = 0; attempt < 100 && seen < expected; attempt++) {
      JsonNode windows = json.readTree(get(path).body()).get("windows");
      seen = windows.isEmpty() ? 0 : windows.get(0).get("predictions").asInt();
      if (seen < expected) {
        Thread.sleep(50);
      }
    }
    return seen;
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
