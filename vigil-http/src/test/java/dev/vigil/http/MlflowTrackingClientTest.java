package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunStatus;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.RunsPage;

/** MLflow's official Java client against Vigil's tracking API, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class MlflowTrackingClientTest {

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private TrackingFixture fixture;
  private MlflowClient client;

  @BeforeEach
  void start() {
    fixture = new TrackingFixture(backend, dataDir);
    client = new MlflowClient(fixture.url);
  }

  @AfterEach
  void stop() {
    client.close();
    fixture.close();
  }

  @Test
  void experimentsAreCreatedFoundByNameAndListed() {
    String id = client.createExperiment("churn");
    Experiment byId = client.getExperiment(id);
    assertEquals("churn", byId.getName());
    assertEquals("active", byId.getLifecycleStage());
    assertTrue(byId.getCreationTime() > 0);

    assertEquals(
        Optional.of(id), client.getExperimentByName("churn").map(Experiment::getExperimentId));
    assertEquals(Optional.empty(), client.getExperimentByName("absent"));
    List<String> names =
        client.searchExperiments().getItems().stream().map(Experiment::getName).toList();
    assertTrue(names.containsAll(List.of("Default", "churn")), names.toString());

    MlflowHttpException duplicate =
        assertThrows(MlflowHttpException.class, () -> client.createExperiment("churn"));
    assertEquals(400, duplicate.getStatusCode());
    assertTrue(duplicate.getBodyMessage().contains("RESOURCE_ALREADY_EXISTS"));

    client.deleteExperiment(id);
    assertFalse(
        client.searchExperiments().getItems().stream().anyMatch(e -> e.getName().equals("churn")));
  }

  @Test
  void aRunIsLoggedEndedAndReadBack() {
    String experiment = client.createExperiment("churn");
    RunInfo created = client.createRun(experiment);
    String runId = created.getRunId();
    assertEquals(32, runId.length());
    assertEquals(RunStatus.RUNNING, created.getStatus());
    assertEquals(experiment, created.getExperimentId());

    client.logParam(runId, "max_depth", "6");
    client.logMetric(runId, "auc", 0.81, 1_000, 0);
    client.logMetric(runId, "auc", 0.86, 2_000, 1);
    client.logMetric(runId, "loss", 0.0, 2_000, 0);
    client.setTag(runId, "stage", "candidate");
    client.logBatch(
        runId,
        List.of(
            Metric.newBuilder().setKey("f1").setValue(0.6).setTimestamp(3_000).setStep(5).build()),
        List.of(Param.newBuilder().setKey("eta").setValue("0.1").build()),
        List.of(RunTag.newBuilder().setKey("data").setValue("bank.csv").build()));
    client.setTerminated(runId, RunStatus.FINISHED, 9_000);

    Run run = client.getRun(runId);
    assertEquals(RunStatus.FINISHED, run.getInfo().getStatus());
    assertEquals(9_000, run.getInfo().getEndTime());
    assertEquals(Map.of("max_depth", "6", "eta", "0.1"), params(run));
    Map<String, Double> metrics =
        run.getData().getMetricsList().stream()
            .collect(Collectors.toMap(Metric::getKey, Metric::getValue));
    assertEquals(Map.of("auc", 0.86, "loss", 0.0, "f1", 0.6), metrics);
    Map<String, String> tags =
        run.getData().getTagsList().stream()
            .collect(Collectors.toMap(RunTag::getKey, RunTag::getValue));
    assertEquals("candidate", tags.get("stage"));
    assertEquals("bank.csv", tags.get("data"));
    assertEquals(run.getInfo().getRunName(), tags.get("mlflow.runName"));

    List<Metric> history = client.getMetricHistory(runId, "auc");
    assertEquals(List.of(0L, 1L), history.stream().map(Metric::getStep).toList());
    assertEquals(List.of(0.81, 0.86), history.stream().map(Metric::getValue).toList());

    client.deleteTag(runId, "stage");
    assertFalse(
        client.getRun(runId).getData().getTagsList().stream()
            .anyMatch(t -> t.getKey().equals("stage")));
  }

  @Test
  void aChangedParamIsRefusedAsAnInvalidParameterValue() {
    String runId = client.createRun(client.createExperiment("churn")).getRunId();
    client.logParam(runId, "max_depth", "6");
    client.logParam(runId, "max_depth", "6");
    MlflowHttpException refused =
        assertThrows(MlflowHttpException.class, () -> client.logParam(runId, "max_depth", "7"));
    assertEquals(400, refused.getStatusCode());
    assertTrue(
        refused.getBodyMessage().contains("INVALID_PARAMETER_VALUE"), refused.getBodyMessage());
    assertEquals("6", params(client.getRun(runId)).get("max_depth"));

    MlflowHttpException unknown =
        assertThrows(MlflowHttpException.class, () -> client.getRun("0".repeat(32)));
    assertEquals(404, unknown.getStatusCode());
    assertTrue(unknown.getBodyMessage().contains("RESOURCE_DOES_NOT_EXIST"));
  }

  @Test
  void runsAreSearchedWithAFilterAndDeletedOnesLeftOut() {
    String experiment = client.createExperiment("churn");
    String good = client.createRun(experiment).getRunId();
    String poor = client.createRun(experiment).getRunId();
    String gone = client.createRun(experiment).getRunId();
    client.logMetric(good, "auc", 0.9);
    client.logParam(good, "algo", "xgboost");
    client.logMetric(poor, "auc", 0.6);
    client.logParam(poor, "algo", "xgboost");
    client.logMetric(gone, "auc", 0.95);
    client.setTerminated(good);
    client.deleteRun(gone);

    assertEquals(
        List.of(good),
        ids(
            client.searchRuns(
                List.of(experiment), "metrics.auc > 0.8 and params.algo = 'xgboost'")));
    assertEquals(
        List.of(good),
        ids(client.searchRuns(List.of(experiment), "attributes.status = 'FINISHED'")));
    RunsPage ordered =
        client.searchRuns(
            List.of(experiment), "", ViewType.ACTIVE_ONLY, 1, List.of("metrics.auc DESC"));
    assertEquals(good, ordered.getItems().get(0).getInfo().getRunId());
    assertEquals(poor, ((RunsPage) ordered.getNextPage()).getItems().get(0).getInfo().getRunId());
    assertEquals(List.of(good, poor).size(), client.listRunInfos(experiment).size());
    assertEquals(
        List.of(gone),
        client.searchRuns(List.of(experiment), null, ViewType.DELETED_ONLY).stream()
            .map(RunInfo::getRunId)
            .toList());
  }

  @Test
  void refusalsAnswerMlflowErrorCodes() {
    Answer unknown = fixture.get("/api/2.0/mlflow/experiments/get-by-name?experiment_name=nope");
    assertEquals(404, unknown.status());
    assertEquals("RESOURCE_DOES_NOT_EXIST", unknown.json().get("error_code").asText());
    Answer missing = fixture.post("/api/2.0/mlflow/experiments/create", "{}");
    assertEquals(400, missing.status());
    assertEquals("INVALID_PARAMETER_VALUE", missing.json().get("error_code").asText());
    Answer badFilter =
        fixture.post(
            "/api/2.0/mlflow/runs/search",
            "{\"experiment_ids\": [\"0\"], \"filter\": \"auc >>> 1\"}");
    assertEquals(400, badFilter.status());
    assertEquals("INVALID_PARAMETER_VALUE", badFilter.json().get("error_code").asText());
    assertTrue(badFilter.json().get("message").asText().contains("filter"));
  }

  @Test
  void metricHistoryIsPagedAndNanTravelsAsProtobufSpellsIt() {
    String runId = client.createRun().getRunId();
    for (int step = 0; step < 5; step++) {
      client.logMetric(runId, "loss", 1.0 / (step + 1), 1_000 + step, step);
    }
    String base = "/api/2.0/mlflow/metrics/get-history?run_id=" + runId + "&metric_key=loss";
    JsonNode first = fixture.get(base + "&max_results=2").json();
    assertEquals(2, first.get("metrics").size());
    String token = first.get("next_page_token").asText();
    JsonNode rest = fixture.get(base + "&max_results=10&page_token=" + token).json();
    assertEquals(List.of(2L, 3L, 4L), steps(rest));
    assertFalse(rest.has("next_page_token"));
    assertEquals(5, client.getMetricHistory(runId, "loss").size());

    // Python's json module writes a bare NaN token.
    Answer logged =
        fixture.post(
            "/api/2.0/mlflow/runs/log-metric",
            "{\"run_id\": \"" + runId + "\", \"key\": \"nan\", \"value\": NaN, \"timestamp\": 5}");
    assertEquals(200, logged.status(), logged.body());
    JsonNode run = fixture.get("/api/2.0/mlflow/runs/get?run_id=" + runId).json();
    JsonNode nan = null;
    for (JsonNode m : run.at("/run/data/metrics")) {
      if (m.get("key").asText().equals("nan")) {
        nan = m;
      }
    }
    assertEquals("NaN", nan.get("value").asText());
    assertTrue(
        Double.isNaN(
            client.getRun(runId).getData().getMetricsList().stream()
                .filter(m -> m.getKey().equals("nan"))
                .findFirst()
                .orElseThrow()
                .getValue()));
  }

  private static List<Long> steps(JsonNode answer) {
    List<Long> steps = new java.util.ArrayList<>();
    answer.get("metrics").forEach(m -> steps.add(m.get("step").asLong()));
    return steps;
  }

  private static Map<String, String> params(Run run) {
    return run.getData().getParamsList().stream()
        .collect(Collectors.toMap(Param::getKey, Param::getValue));
  }

  private static List<String> ids(List<RunInfo> runs) {
    return runs.stream().map(RunInfo::getRunId).toList();
  }
}
