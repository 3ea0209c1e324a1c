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
          fixture.routes().stream().filter(TrackingOpenApiTest::isTracking).toList();
      assertTrue(tracking.size() >= 24, tracking.toString());
      List<String> documented =
          OpenApiTest.operations(document).stream()
              .filter(TrackingOpenApiTest::isTracking)
              .toList();
      assertEquals(new TreeSet<>(tracking), new TreeSet<>(documented));
      List<String> refs = new java.util.ArrayList<>();
      document.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
      for (String ref : refs) {
        assertTrue(!document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
      }
    }
  }

  /** MLflow's tracking routes (not its registry's, another group) and Vigil's run views. */
  private static boolean isTracking(String route) {
    boolean mlflowRegistry =
        route.contains("/api/2.0/mlflow/registered-models/")
            || route.contains("/api/2.0/mlflow/model-versions/");
    return (route.contains("/api/2.0/mlflow/") && !mlflowRegistry)
        || route.matches(".* /api/v1/(runs|experiments).*");
  }
}
