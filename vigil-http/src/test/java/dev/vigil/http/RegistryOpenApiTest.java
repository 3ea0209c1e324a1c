package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes exactly the registry routes (Vigil's and MLflow's) served. */
class RegistryOpenApiTest {

  private static final List<String> PREFIXES =
      List.of(
          "/api/v1/registry/",
          "/api/2.0/mlflow/registered-models/",
          "/api/2.0/mlflow/model-versions/");

  @TempDir Path dataDir;

  @Test
  void documentsEveryRegistryRouteAndNoOther() {
    try (RegistryServer server = new RegistryServer(Backend.SQLITE, dataDir)) {
      JsonNode document = server.send("GET", "/openapi.json", null).json();
      List<String> registered =
          server.routes().stream().filter(RegistryOpenApiTest::inGroups).toList();
      List<String> documented =
          OpenApiTest.operations(document).stream().filter(RegistryOpenApiTest::inGroups).toList();
      assertEquals(30, registered.size(), registered.toString());
      assertEquals(new TreeSet<>(registered), new TreeSet<>(documented));
      for (String schema : List.of("RegistryVersion", "MlflowModelVersion", "Error")) {
        assertTrue(document.at("/components/schemas/" + schema).isObject(), schema);
      }
    }
  }

  private static boolean inGroups(String route) {
    String path = route.split(" ")[1];
    return PREFIXES.stream().anyMatch(path::startsWith);
  }
}
