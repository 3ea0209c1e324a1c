package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code GET .../features/{feature}/distribution} on a real server, on each backend. */
@ParameterizedClass
@EnumSource(Backend.class)
class DistributionRouteTest {

  private static final String RANGE = "?from=2026-11-22T00:00:00Z&to=2026-11-24T00:00:00Z";
  private static final String FEATURES = "/api/v1/models/churn/features/";

  @Parameter Backend backend;
  @TempDir Path dataDir;
  private QueryFixture fixture;

  @BeforeEach
  void start() {
    fixture = new QueryFixture(backend, dataDir);
    fixture.standardWindows();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode ok(String path) {
    Answer answer = fixture.server.get(path);
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  @Test
  void numericSharesPerReferenceDecile() {
    fixture.reference(); // ages 30, 40, 50, 60: deciles 33, 36, ..., 57
    JsonNode age = ok(FEATURES + "Age/distribution" + RANGE);
    assertEquals("Age", age.get("feature").asText());
    assertEquals("numeric", age.get("type").asText());
    assertEquals("2026-11-01T00:00:00Z", age.at("/reference/uploaded_at").asText());
    assertEquals(4, age.at("/reference/values").asLong());
    assertEquals(4, age.at("/current/values").asLong()); // 35, 45, 25, 70
    assertEquals(0.2, age.at("/current/missing_share").asDouble(), 1e-12);
    assertTrue(age.get("exact").asBoolean());
    JsonNode bins = age.get("bins");
    assertEquals(10, bins.size());
    assertTrue(bins.at("/0/lower").isNull());
    assertEquals(33, bins.at("/0/upper").asDouble(), 1e-9);
    double[] reference = {0.25, 0, 0, 0.25, 0, 0, 0.25, 0, 0, 0.25};
    double[] current = {0.25, 0.25, 0, 0, 0.25, 0, 0, 0, 0, 0.25};
    for (int i = 0; i < 10; i++) {
      assertEquals(reference[i], bins.get(i).get("reference_share").asDouble(), 1e-12);
      assertEquals(current[i], bins.get(i).get("current_share").asDouble(), 1e-12);
    }
    JsonNode france = ok(FEATURES + "Age/distribution" + RANGE + "&segment=Geography%3DFrance");
    assertEquals("Geography=France", france.get("segment").asText());
    assertEquals(1.0, france.at("/bins/1/current_share").asDouble(), 1e-12); // 35
  }

  @Test
  void categoricalSharesAndUnseenCategories() {
    fixture.reference(); // France, Spain, France, Spain
    JsonNode geography = ok(FEATURES + "Geography/distribution" + RANGE);
    assertEquals("categorical", geography.get("type").asText());
    assertEquals("France", geography.at("/bins/0/label").asText());
    assertEquals(0.5, geography.at("/bins/0/reference_share").asDouble(), 1e-12);
    assertEquals(0.6, geography.at("/bins/0/current_share").asDouble(), 1e-12);
    assertEquals(0.2, geography.at("/bins/1/current_share").asDouble(), 1e-12);
    assertEquals(2, geography.get("bins").size());
    assertEquals("Germany", geography.at("/unseen/0/category").asText());
    assertEquals(0.2, geography.get("unseen_share").asDouble(), 1e-12);
  }

  @Test
  void refusals() {
    ErrorAnswers.assertError(
        fixture.server.get(FEATURES + "Age/distribution" + RANGE), 409, "reference");
    fixture.reference();
    ErrorAnswers.assertError(
        fixture.server.get(FEATURES + "Salary/distribution" + RANGE), 400, "feature");
    ErrorAnswers.assertError(
        fixture.server.get(FEATURES + "Age/distribution" + RANGE + "&granularity=day"),
        400,
        "granularity");
    ErrorAnswers.assertError(
        fixture.server.get("/api/v1/models/nope/features/Age/distribution"), 404, "name");
  }
}
