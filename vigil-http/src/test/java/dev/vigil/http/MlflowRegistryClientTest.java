package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.registry.AuditAction;
import dev.vigil.core.registry.AuditEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlflow.api.proto.ModelRegistry.ModelVersion;
import org.mlflow.api.proto.ModelRegistry.RegisteredModel;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;

/** MLflow's official Java client against Vigil's registry, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class MlflowRegistryClientTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private RegistryServer server;
  private MlflowClient mlflow;

  @BeforeEach
  void start() {
    server = new RegistryServer(backend, dataDir);
    mlflow = new MlflowClient(server.baseUrl);
    mlflow.sendPost(
        "registered-models/create",
        "{\"name\": \"churn\", \"description\": \"bank churn\","
            + " \"tags\": [{\"key\": \"team\", \"value\": \"risk\"}]}");
    for (String run : List.of("r1", "r2")) {
      mlflow.sendPost(
          "model-versions/create",
          "{\"name\": \"churn\", \"source\": \"s3://models/"
              + run
              + "\", \"run_id\": \""
              + run
              + "\"}");
    }
  }

  @AfterEach
  void stop() {
    mlflow.close();
    server.close();
  }

  @Test
  void readsModelsAndVersionsWithTheTypedCalls() {
    RegisteredModel model = mlflow.getRegisteredModel("churn");
    assertEquals("bank churn", model.getDescription());
    assertEquals("risk", model.getTags(0).getValue());
    assertEquals(1, model.getLatestVersionsCount());
    assertEquals("2", model.getLatestVersions(0).getVersion());
    ModelVersion v1 = mlflow.getModelVersion("churn", "1");
    assertEquals("r1", v1.getRunId());
    assertEquals("None", v1.getCurrentStage());
    assertEquals("READY", v1.getStatus().name());
    assertTrue(v1.getCreationTimestamp() > 0);
    assertEquals("s3://models/r2", mlflow.getModelVersionDownloadUri("churn", "2"));
  }

  @Test
  void transitionsThroughSendPostAndReadsTheLatestPerStage() throws Exception {
    String answer =
        mlflow.sendPost(
            "model-versions/transition-stage",
            "{\"name\": \"churn\", \"version\": \"1\", \"stage\": \"Production\","
                + " \"archive_existing_versions\": true}");
    assertEquals("Production", JSON.readTree(answer).at("/model_version/current_stage").asText());
    List<ModelVersion> production = mlflow.getLatestVersions("churn", List.of("Production"));
    assertEquals(1, production.size());
    assertEquals("1", production.get(0).getVersion());
    assertEquals(2, mlflow.getLatestVersions("churn").size());
    JsonNode posted =
        JSON.readTree(
            mlflow.sendPost(
                "registered-models/get-latest-versions",
                "{\"name\": \"churn\", \"stages\": [\"None\"]}"));
    assertEquals("2", posted.at("/model_versions/0/version").asText());
    assertEquals(1, posted.get("model_versions").size());
    mlflow.sendPost(
        "model-versions/transition-stage",
        "{\"name\": \"churn\", \"version\": \"2\", \"stage\": \"production\","
            + " \"archive_existing_versions\": true}");
    assertEquals("Archived", mlflow.getModelVersion("churn", "1").getCurrentStage());
    AuditEntry last = lastAudit();
    assertEquals(AuditAction.TRANSITION, last.event().action());
    assertEquals("anonymous", last.event().actor());
  }

  @Test
  void searchesVersionsByNameAndRun() {
    List<ModelVersion> all = mlflow.searchModelVersions("name='churn'").getItems();
    assertEquals(List.of("1", "2"), all.stream().map(ModelVersion::getVersion).toList());
    List<ModelVersion> byRun = mlflow.searchModelVersions("run_id = 'r2'").getItems();
    assertEquals(1, byRun.size());
    assertEquals("2", byRun.get(0).getVersion());
    MlflowHttpException unsupported =
        assertThrows(
            MlflowHttpException.class, () -> mlflow.searchModelVersions("tags.team = 'risk'"));
    assertEquals(400, unsupported.getStatusCode());
    assertTrue(unsupported.getBodyMessage().contains("INVALID_PARAMETER_VALUE"));
    var page = mlflow.searchModelVersions("name='churn'", 1, List.of());
    assertTrue(page.hasNextPage());
    assertEquals("2", page.getNextPage().getItems().iterator().next().getVersion());
  }

  @Test
  void aliasesAreSetReadAndDeleted() throws Exception {
    mlflow.sendPost(
        "registered-models/alias",
        "{\"name\": \"churn\", \"alias\": \"champion\", \"version\": \"2\"}");
    JsonNode byAlias =
        JSON.readTree(mlflow.sendGet("registered-models/alias?name=churn&alias=champion"));
    assertEquals("2", byAlias.at("/model_version/version").asText());
    assertEquals("champion", byAlias.at("/model_version/aliases/0").asText());
    RegisteredModel model = mlflow.getRegisteredModel("churn");
    assertEquals("champion", model.getAliases(0).getAlias());
    assertEquals("2", model.getAliases(0).getVersion());
    Answer deleted =
        server.send(
            "DELETE",
            "/api/2.0/mlflow/registered-models/alias",
            "{\"name\": \"churn\", \"alias\": \"champion\"}");
    assertEquals(200, deleted.status(), deleted.body());
    assertEquals(0, mlflow.getRegisteredModel("churn").getAliasesCount());
    assertEquals(AuditAction.DELETE_ALIAS, lastAudit().event().action());
  }

  @Test
  void updatesTagsAndDeletesWithMlflowsVerbs() throws Exception {
    mlflow.sendPatch(
        "model-versions/update",
        "{\"name\": \"churn\", \"version\": \"1\", \"description\": \"baseline\"}");
    assertEquals("baseline", mlflow.getModelVersion("churn", "1").getDescription());
    mlflow.sendPost(
        "model-versions/set-tag",
        "{\"name\": \"churn\", \"version\": \"1\", \"key\": \"k\", \"value\": \"v\"}");
    assertEquals("v", mlflow.getModelVersion("churn", "1").getTags(0).getValue());
    mlflow.sendPatch("registered-models/update", "{\"name\": \"churn\", \"description\": \"new\"}");
    assertEquals("new", mlflow.getRegisteredModel("churn").getDescription());
    Answer deleted =
        server.send(
            "DELETE",
            "/api/2.0/mlflow/model-versions/delete",
            "{\"name\": \"churn\", \"version\": \"1\"}");
    assertEquals(200, deleted.status(), deleted.body());
    assertThrows(MlflowHttpException.class, () -> mlflow.getModelVersion("churn", "1"));
    JsonNode search =
        JSON.readTree(mlflow.sendGet("registered-models/search?filter=name%20LIKE%20%27ch%25%27"));
    assertEquals("churn", search.at("/registered_models/0/name").asText());
  }

  @Test
  void errorsCarryMlflowsCodes() throws Exception {
    MlflowHttpException unknownModel =
        assertThrows(MlflowHttpException.class, () -> mlflow.getRegisteredModel("nope"));
    assertEquals(404, unknownModel.getStatusCode());
    assertEquals(
        "RESOURCE_DOES_NOT_EXIST",
        JSON.readTree(unknownModel.getBodyMessage()).get("error_code").asText());
    MlflowHttpException unknownVersion =
        assertThrows(MlflowHttpException.class, () -> mlflow.getModelVersion("churn", "9"));
    assertEquals(
        "RESOURCE_DOES_NOT_EXIST",
        JSON.readTree(unknownVersion.getBodyMessage()).get("error_code").asText());
    MlflowHttpException duplicate =
        assertThrows(
            MlflowHttpException.class,
            () -> mlflow.sendPost("registered-models/create", "{\"name\": \"churn\"}"));
    assertEquals(400, duplicate.getStatusCode());
    assertEquals(
        "RESOURCE_ALREADY_EXISTS",
        JSON.readTree(duplicate.getBodyMessage()).get("error_code").asText());
    MlflowHttpException badStage =
        assertThrows(
            MlflowHttpException.class,
            () ->
                mlflow.sendPost(
                    "model-versions/transition-stage",
                    "{\"name\": \"churn\", \"version\": \"1\", \"stage\": \"Live\"}"));
    assertEquals(
        "INVALID_PARAMETER_VALUE",
        JSON.readTree(badStage.getBodyMessage()).get("error_code").asText());
    assertFalse(server.registry.model("churn").aliases().containsKey("x"));
  }

  private AuditEntry lastAudit() {
    List<AuditEntry> all = server.registry.audit(Optional.of("churn"));
    return all.get(all.size() - 1);
  }
}
