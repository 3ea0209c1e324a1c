package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serving area's OpenAPI resource documents exactly the routes the serving group registers. */
class ServingOpenApiTest {

  @TempDir Path dataDir;

  @Test
  void documentsEveryServingRouteAndNoOther() {
    try (ServingFixture fixture = new ServingFixture(Backend.SQLITE, dataDir)) {
      TreeSet<String> serving = new TreeSet<>();
      fixture.routes().stream()
          .filter(r -> r.matches("\\w+ (/v[12](/.*)?|/api/v1/models/\\{name}/serving)"))
          .forEach(serving::add);
      assertEquals(14, serving.size(), serving.toString());
      JsonNode area = OpenApiTest.areaDocument("openapi-serving.json");
      assertEquals(serving, new TreeSet<>(OpenApiTest.operations(area)));
      JsonNode served = fixture.get("/openapi.json").json();
      assertTrue(
          OpenApiTest.operations(served).containsAll(serving), "the served document merges it");
      assertEquals(
          "#/components/schemas/V2Tensor",
          served.at("/components/schemas/V2InferRequest/properties/inputs/items/$ref").asText());
    }
  }
}
