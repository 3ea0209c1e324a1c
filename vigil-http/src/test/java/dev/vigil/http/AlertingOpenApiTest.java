package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerting area of {@code /openapi.json} describes exactly the routes the alerting group adds.
 */
class AlertingOpenApiTest {

  @TempDir Path dataDir;

  @Test
  void documentsEveryAlertingRouteAndNoOther() {
    try (AlertFixture fixture = new AlertFixture(Backend.SQLITE, dataDir)) {
      JsonNode document = fixture.get("/openapi.json").json();
      List<String> alerting =
          fixture.routes().stream().filter(AlertingOpenApiTest::isAlerting).toList();
      assertEquals(7, alerting.size(), alerting.toString());
      List<String> documented =
          OpenApiTest.operations(document).stream()
              .filter(AlertingOpenApiTest::isAlerting)
              .toList();
      assertEquals(new TreeSet<>(alerting), new TreeSet<>(documented));
      assertEquals(
          new TreeSet<>(alerting),
          new TreeSet<>(OpenApiTest.operations(OpenApiTest.areaDocument("openapi-alerting.json"))));
      List<String> refs = new ArrayList<>();
      document.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
      for (String ref : refs) {
        assertTrue(!document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
      }
    }
  }

  private static boolean isAlerting(String route) {
    return route.matches(".* /api/v1/models/\\{name}/(alerts|alert-rules).*");
  }
}
