package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.NewVersion;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Vigil's registry API over HTTP, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class RegistryRoutesTest {

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private RegistryServer server;

  @BeforeEach
  void start() {
    server = new RegistryServer(backend, dataDir);
    server.registry.createModel("churn", "bank churn", Map.of(), "setup");
    server.registry.createVersion("churn", version(0.80, "6"), "setup");
    server.registry.createVersion("churn", version(0.83, "8"), "setup");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static NewVersion version(double auc, String depth) {
    return new NewVersion(
        "artifacts/churn/" + depth,
        "run-" + depth,
        "",
        Map.of(),
        Map.of("roc_auc", auc),
        Map.of("max_depth", depth),
        new Lineage(
            Optional.of("run-" + depth),
            Optional.of("ab".repeat(32)),
            Optional.of(10_000L),
            Optional.empty()),
        Optional.empty());
  }

  @Test
  void listsAndShowsModelsAndVersions() {
    JsonNode models = server.send("GET", "/api/v1/registry/models", null).json();
    assertEquals("churn", models.at("/models/0/name").asText());
    assertEquals(2, models.at("/models/0/versions").asInt());
    JsonNode model = server.send("GET", "/api/v1/registry/models/churn", null).json();
    assertEquals(2, model.at("/versions/1/version").asInt());
    assertTrue(model.get("servable").asBoolean());
    JsonNode version = server.send("GET", "/api/v1/registry/models/churn/versions/1", null).json();
    assertEquals(0.80, version.at("/metrics/roc_auc").asDouble());
    assertEquals(10_000, version.at("/lineage/row_count").asLong());
    assertEquals("None", version.get("stage").asText());
  }

  @Test
  void transitionsAndAliasesAreAuditedWithTheActor() {
    Answer staged =
        server.send(
            "POST",
            "/api/v1/registry/models/churn/versions/2/stage",
            "{\"stage\": \"Production\", \"reason\": \"better auc\"}");
    assertEquals(200, staged.status(), staged.body());
    assertEquals("Production", staged.json().get("stage").asText());
    Answer alias =
        server.send("PUT", "/api/v1/registry/models/churn/aliases/champion", "{\"version\": 2}");
    assertEquals(200, alias.status(), alias.body());
    assertEquals(2, alias.json().at("/aliases/champion").asInt());
    JsonNode audit = server.send("GET", "/api/v1/registry/audit?model=churn", null).json();
    JsonNode last = audit.get("entries").get(audit.get("entries").size() - 1);
    assertEquals("set_alias", last.get("action").asText());
    assertEquals("anonymous", last.get("actor").asText());
    JsonNode transition = audit.get("entries").get(audit.get("entries").size() - 2);
    assertEquals("better auc", transition.get("reason").asText());
    assertEquals(
        200,
        server.send("DELETE", "/api/v1/registry/models/churn/aliases/champion", null).status());
  }

  @Test
  void verifyFindsATamperedEntry() throws Exception {
    assertTrue(
        server.send("GET", "/api/v1/registry/audit/verify", null).json().get("intact").asBoolean());
    try (Connection c = server.database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE registry_audit SET actor = 'someone else' WHERE sequence = 2");
    }
    JsonNode verify = server.send("GET", "/api/v1/registry/audit/verify", null).json();
    assertFalse(verify.get("intact").asBoolean());
    assertEquals(2, verify.get("broken_at").asInt());
  }

  @Test
  void comparesTwoVersionsSideBySide() {
    Answer answer = server.send("GET", "/api/v1/registry/compare?model=churn&a=1&b=2", null);
    assertEquals(200, answer.status(), answer.body());
    JsonNode c = answer.json();
    assertEquals(0.03, c.at("/metrics/0/difference").asDouble(), 1e-9);
    assertEquals("6", c.at("/params/0/a").asText());
    assertFalse(c.at("/params/0/same").asBoolean());
    assertEquals("run-8", c.at("/lineage/b/run_id").asText());
  }

  @Test
  void refusalsNameWhatIsWrong() {
    Answer unknown = server.send("GET", "/api/v1/registry/models/nope", null);
    assertEquals(404, unknown.status());
    assertEquals("name", unknown.json().get("field").asText());
    Answer noVersion = server.send("GET", "/api/v1/registry/models/churn/versions/9", null);
    assertEquals(404, noVersion.status());
    assertEquals("version", noVersion.json().get("field").asText());
    Answer badStage =
        server.send(
            "POST", "/api/v1/registry/models/churn/versions/1/stage", "{\"stage\": \"Live\"}");
    assertEquals(400, badStage.status());
    assertEquals("stage", badStage.json().get("field").asText());
    Answer badVersion = server.send("GET", "/api/v1/registry/models/churn/versions/x", null);
    assertEquals(400, badVersion.status());
    assertEquals(3, server.registry.audit(Optional.empty()).size());
  }
}
