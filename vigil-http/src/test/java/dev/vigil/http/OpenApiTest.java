package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

      // The areas' routes are registered by their own route groups, which this server has not;
      // each area's test checks its own.
      TreeSet<String> documented = new TreeSet<>(operations(document));
      for (String area : OpenApiRoutes.AREAS) {
        documented.removeAll(operations(areaDocument(area)));
      }
      List<String> registered = fixture.server.routes();
      assertTrue(registered.size() >= 16, registered.toString());
      assertEquals(new TreeSet<>(registered), documented);
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

  /** Every operation of the document's paths, as {@code "GET /path"}. */
  static List<String> operations(JsonNode document) {
    List<String> operations = new ArrayList<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }

  /** The resource of one area, as the server's jar holds it. */
  static JsonNode areaDocument(String area) {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(area)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject() && node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.elements().forEachRemaining(child -> collectRefs(child, refs));
  }
}
