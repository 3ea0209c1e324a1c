package dev.vigil.http;

import static dev.vigil.http.ErrorAnswers.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Uploading and showing a model's reference (CSV and NDJSON), on a real server, on each backend.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReferenceRoutesTest {

  static final String REFERENCE = "/api/v1/models/churn/reference";
  static final String WITH_COLUMNS = REFERENCE + "?score_column=score&target_column=Exited";
  static final String CSV =
      """
      CustomerId,Age,Geography,IsActive,score,Exited
      1,42,France,true,0.8,1
      2,,Spain,false,0.3,0
      3,forty,"France",true,0.6,Yes
      """;
  static final String NDJSON =
      """
      {"Age": 42, "Geography": "France", "IsActive": true, "score": 0.8, "Exited": 1}

      {"Age": 30.5, "Geography": "Spain", "IsActive": false, "score": 0.2, "Exited": "No"}
      """;

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private QueryFixture fixture;

  @BeforeEach
  void start() {
    fixture = new QueryFixture(backend, dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private Answer putCsv(String path, String body) {
    return fixture.server.put(path, "text/csv", body);
  }

  private Answer putNdjson(String path, String body) {
    return fixture.server.put(path, "application/x-ndjson", body);
  }

  @Test
  void aCsvReferenceIsBuiltStoredAndShown() {
    Answer uploaded = putCsv(WITH_COLUMNS, CSV);
    assertEquals(200, uploaded.status(), uploaded.body());
    JsonNode answer = uploaded.json();
    assertEquals("churn", answer.get("model").asText());
    assertEquals(3, answer.get("rows").asLong());
    assertEquals(QueryFixture.NOW.toString(), answer.get("uploaded_at").asText());
    assertEquals(3, answer.get("scores").asLong());
    assertEquals(3, answer.at("/target/count").asLong());
    assertEquals(2, answer.at("/target/values/1").asLong()); // 1 and Yes
    assertEquals(1, answer.at("/target/values/0").asLong());
    assertEquals(3, answer.at("/labelled_scores/seen").asLong()); // rows with score and target
    assertEquals(3, answer.at("/labelled_scores/kept").asLong());
    JsonNode age = answer.at("/features/0");
    assertEquals("Age", age.get("feature").asText());
    assertEquals(1, age.get("values").asLong()); // 42
    assertEquals(1, age.get("missing").asLong()); // blank
    assertEquals(1, age.get("type_errors").asLong()); // forty
    assertEquals(3, answer.at("/features/1/values").asLong());

    Answer shown = fixture.server.get(REFERENCE);
    assertEquals(200, shown.status(), shown.body());
    assertEquals(answer, shown.json());
  }

  @Test
  void anNdjsonReferenceNeedsNoScoreNorTarget() {
    Answer uploaded = putNdjson(REFERENCE, NDJSON);
    assertEquals(200, uploaded.status(), uploaded.body());
    JsonNode answer = uploaded.json();
    assertEquals(2, answer.get("rows").asLong());
    assertEquals(0, answer.get("scores").asLong());
    assertEquals(0, answer.at("/target/count").asLong());
    assertEquals(0, answer.at("/labelled_scores/kept").asLong());
    assertEquals(2, answer.at("/features/0/values").asLong());
    assertEquals(2, answer.at("/features/2/values").asLong());
  }

  @Test
  void csvBooleansAreTheSameCategoriesAsJsonBooleans() {
    fixture.standardWindows(); // IsActive recorded from JSON booleans
    String csv = CSV.replace("true", "TRUE").replace("false", "False");
    assertEquals(200, putCsv(WITH_COLUMNS, csv).status());
    Answer windows =
        fixture.server.get(
            "/api/v1/models/churn/windows?from=2026-11-22T00:00:00Z&to=2026-11-24T00:00:00Z");
    assertEquals(200, windows.status(), windows.body());
    JsonNode isActive = windows.json().at("/windows/0/data_quality/2");
    assertEquals("IsActive", isActive.get("feature").asText());
    assertEquals(0, isActive.at("/unseen_categories/count").asLong());
  }

  @Test
  void aMissingTargetIsAMissingValue() {
    Answer uploaded = putCsv(WITH_COLUMNS, CSV.replace("0.3,0", "0.3,"));
    assertEquals(200, uploaded.status(), uploaded.body());
    assertEquals(3, uploaded.json().get("rows").asLong());
    assertEquals(2, uploaded.json().at("/target/count").asLong());
  }

  @Test
  void theUploadedReferenceIsWhatDriftComparesWith() {
    fixture.standardWindows();
    assertEquals(200, putNdjson(WITH_COLUMNS, NDJSON).status());
    Answer drift =
        fixture.server.get(
            "/api/v1/models/churn/drift?from=2026-11-22T00:00:00Z&to=2026-11-24T00:00:00Z");
    assertEquals(200, drift.status(), drift.body());
    assertEquals(2, drift.json().at("/reference/rows").asLong());
    assertEquals(2, drift.json().at("/features/0/reference_count").asLong());
    assertEquals("score", drift.json().at("/prediction/column").asText());
  }

  @Test
  void aBadRowIsNamedAndNothingIsStored() {
    assertError(putCsv(WITH_COLUMNS, CSV.replace("0.3,0", "1.5,0")), 400, "rows[1].score");
    assertError(putCsv(WITH_COLUMNS, CSV.replace("0.6,Yes", "0.6,maybe")), 400, "rows[2].Exited");
    assertError(putCsv(WITH_COLUMNS, CSV.replace("1,42,France", "1,42")), 400, "rows[0]");
    assertError(
        putNdjson(REFERENCE, NDJSON.replace("\"Age\": 42", "\"Age\": {\"v\": 1}")),
        400,
        "rows[0].Age");
    assertError(putNdjson(REFERENCE, NDJSON.replace("{\"Age\": 30.5", "[")), 400, "rows[1]");
    assertError(putNdjson(REFERENCE, "[1, 2]\n"), 400, "rows[0]");
    assertError(fixture.server.get(REFERENCE), 404, "reference");
  }

  @Test
  void aRefusedUploadKeepsThePreviousReference() {
    assertEquals(200, putCsv(WITH_COLUMNS, CSV).status());
    assertError(putCsv(WITH_COLUMNS, CSV.replace("0.8,1", "0.8,2")), 400, "rows[0].Exited");
    assertEquals(3, fixture.server.get(REFERENCE).json().get("rows").asLong());
  }

  @Test
  void theHeaderAndTheColumnParametersAreChecked() {
    assertError(putCsv(REFERENCE, CSV.replace("Geography", "Country")), 400, "body");
    assertError(putCsv(REFERENCE, CSV.replace("CustomerId", "Age")), 400, "body");
    assertError(putCsv(REFERENCE + "?score_column=proba", CSV), 400, "score_column");
    assertError(putCsv(REFERENCE + "?target_column=churned", CSV), 400, "target_column");
    assertError(
        putCsv(REFERENCE + "?score_column=score&target_column=score", CSV), 400, "target_column");
    assertError(putCsv(REFERENCE + "?score=score", CSV), 400, "score");
  }

  @Test
  void emptyBodiesWrongTypesAndUnknownModelsAreRefused() {
    assertError(putCsv(REFERENCE, ""), 400, "body");
    assertError(putCsv(REFERENCE, "Age,Geography,IsActive\n"), 400, "body");
    assertError(putNdjson(REFERENCE, "\n\n"), 400, "body");
    assertError(fixture.server.put(REFERENCE, "application/json", "{}"), 415, "Content-Type");
    assertError(putCsv("/api/v1/models/nope/reference", CSV), 404, "name");
    assertError(fixture.server.get(REFERENCE), 404, "reference");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    try (QueryFixture small =
        new QueryFixture(
            backend, dataDir.resolve("small"), new ServerSettings("127.0.0.1", 0, 1000))) {
      String large = CSV + "4,50,France,true,0.5,0\n".repeat(50);
      assertError(small.server.put(REFERENCE, "text/csv", large), 413, "body");
      assertEquals(404, small.server.get(REFERENCE).status());
    }
  }
}
