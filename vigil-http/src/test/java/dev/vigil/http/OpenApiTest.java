package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /openapi.json} parses and describes exactly the routes the server registers. */
class OpenApiTest {

  @TempDir Path dataDir;

  @Test
  void documentsEveryRegisteredRouteAndNoOther() throws java.io.IOException {
    try (QueryFixture fixture = new QueryFixture(Backend.SQLITE, dataDir)) {
      Answer answer = fixture.server.get("/openapi.json");
      assertEquals(200, answer.status(), answer.body());
      assertTrue(answer.header("Content-Type").startsWith("application/json"));
      JsonNode document = answer.json();
      assertEquals("3.0.3", document.get("openapi").asText());

      List<String> documented = documentedRoutes(document);
      // The areas' routes are registered by their own route groups, tested beside them.
      for (String area : OpenApiRoutes.AREAS) {
        try (var in = OpenApiRoutes.class.getResourceAsStream(area)) {
          documented.removeAll(documentedRoutes(new ObjectMapper().readTree(in)));
        }
      }
      List<String> registered = fixture.server.routes();
      assertTrue(registered.size() >= 16, registered.toString());
      assertEquals(new TreeSet<>(registered), new TreeSet<>(documented));
    }
  }

  @Test
  void everyReferenceInTheDocumentResolves() {
    try (QueryFixture fixture = new QueryFixture(Backend.SQLITE, dataDir)) {
      JsonNode document = fixture.server.get("/openapi.json").json();
      List<String> refs = new ArrayList<>();
      collectRefs(document, refs);
      assertTrue(refs.size() > 20);
      for (String ref : refs) {
        assertTrue(ref.startsWith("#/"), ref);
        assertTrue(!document.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
      }
    }
  }

  /** Every operation of a document's paths, as {@code "GET /path"}. */
  static List<String> documentedRoutes(JsonNode document) {
    List<String> documented = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return documented;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.elements().forEachRemaining(child -> collectRefs(child, refs));
  }
}
