package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Registering, listing and showing monitored models over HTTP, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class ModelRoutesTest {

  static final String CHURN =
      """
      {"name": "churn", "schema": [{"name": "Age", "type": "numeric"},
        {"name": "Geography", "type": "categorical"}, {"name": "IsActive", "type": "boolean"}],
       "positive_class": "churned", "positive_labels": [1, "Yes", true],
       "negative_labels": [0, "No", false], "threshold": 0.3, "granularity": "minute",
       "segments": ["Geography"]}
      """;

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private Backend.TestDatabase testDatabase;
  private Database database;
  private RunningServer server;

  @BeforeEach
  void start() {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    server = new RunningServer(new JdbcModelStore(database), Readiness::ok, 4096);
  }

  @AfterEach
  void stop() {
    server.close();
    database.close();
    testDatabase.close();
  }

  @Test
  void registersAModelAndAnswersWithItsDefinition() {
    Instant before = Instant.now();
    Answer created = server.postJson("/api/v1/models", CHURN);

    assertEquals(201, created.status(), created.body());
    assertEquals("/api/v1/models/churn", created.header("Location"));
    JsonNode model = created.json();
    assertEquals("churn", model.get("name").asText());
    assertEquals("Geography", model.at("/schema/1/name").asText());
    assertEquals("categorical", model.at("/schema/1/type").asText());
    assertEquals("boolean", model.at("/schema/2/type").asText());
    assertEquals("churned", model.get("positive_class").asText());
    assertEquals(List.of("1", "Yes", "true"), texts(model.get("positive_labels")));
    assertEquals(List.of("0", "No", "false"), texts(model.get("negative_labels")));
    assertEquals(0.3, model.get("threshold").asDouble());
    assertEquals("minute", model.get("granularity").asText());
    assertEquals(List.of("Geography"), texts(model.get("segments")));
    Instant createdAt = Instant.parse(model.get("created_at").asText());
    assertFalse(createdAt.isBefore(before.minusSeconds(1)), createdAt + " vs " + before);
  }

  @Test
  void showsTheStoredModelByName() {
    JsonNode created = server.postJson("/api/v1/models", CHURN).json();

    Answer shown = server.get("/api/v1/models/churn");

    assertEquals(200, shown.status());
    assertEquals("application/json", shown.header("Content-Type"));
    assertEquals(created, shown.json());
  }

  @Test
  void appliesDefaultsForThresholdGranularityAndSegments() {
    String minimal =
        """
        {"name": "m", "schema": [{"name": "x", "type": "numeric"}],
         "positive_class": "yes", "positive_labels": ["1"], "negative_labels": ["0"]}
        """;

    JsonNode model = server.postJson("/api/v1/models", minimal).json();

    assertEquals(0.5, model.get("threshold").asDouble());
    assertEquals("hour", model.get("granularity").asText());
    assertEquals(0, model.get("segments").size());
  }

  @Test
  void listsEveryModelOrderedByName() {
    server.postJson("/api/v1/models", CHURN.replace("\"churn\"", "\"zeta\""));
    server.postJson("/api/v1/models", CHURN.replace("\"churn\"", "\"alpha\""));

    Answer list = server.get("/api/v1/models");

    assertEquals(200, list.status());
    JsonNode models = list.json().get("models");
    assertEquals(2, models.size());
    assertEquals("alpha", models.get(0).get("name").asText());
    assertEquals("zeta", models.get(1).get("name").asText());
    assertEquals("minute", models.get(1).get("granularity").asText());
  }

  @Test
  void listIsEmptyBeforeAnyModel() {
    Answer list = server.get("/api/v1/models");

    assertEquals(200, list.status());
    assertEquals(0, list.json().get("models").size());
  }

  @Test
  void aDuplicateNameIsAConflictAndKeepsTheFirstModel() {
    server.postJson("/api/v1/models", CHURN);

    Answer again = server.postJson("/api/v1/models", CHURN.replace("0.3", "0.9"));

    ErrorAnswers.assertError(again, 409, "name");
    assertEquals(0.3, server.get("/api/v1/models/churn").json().get("threshold").asDouble());
  }

  @Test
  void anUnknownModelIsNotFound() {
    ErrorAnswers.assertError(server.get("/api/v1/models/nope"), 404, "name");
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    assertTrue(values.size() == array.size());
    return values;
  }
}
