package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracking areas of {@code /openapi.json} describe exactly the routes the tracking groups add.
 */
class TrackingOpenApiTest {

  @TempDir Path dataDir;

  @Test
  void documentsEveryTrackingRouteAndNoOther() {
    try (TrackingFixture fixture = new TrackingFixture(Backend.SQLITE, dataDir)) {
      JsonNode document = fixture.get("/openapi.json").json();
      List<String> tracking =
          fixture.routes().stream()
              .filter(
                  r ->
                      r.contains("/api/2.0/mlflow/")
                          || r.matches(".* /api/v1/(runs|experiments).*"))
              .toList();
      assertTrue(tracking.size() >= 24, tracking.toString());
      List<String> documented =
          OpenApiTest.operations(document).stream()
              .filter(
                  r ->
                      r.contains("/api/2.0/mlflow/")
                          || r.matches(".* /api/v1/(runs|experiments).*"))
              .toList();
      assertEquals(new TreeSet<>(tracking), new TreeSet<>(documented));
      List<String> refs = new java.util.ArrayList<>();
      document.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
      for (String ref : refs) {
        assertTrue(!document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
      }
    }
  }
}
