package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.0 description of every route, hand-written resources
 * kept next to the code (a test checks that every registered route is in it). The base document
 * holds the monitoring API; each further resource adds the {@code paths} and {@code components} of
 * one area (serving, registry, tracking, MLflow, alerting), so areas are documented beside each
 * other.
 */
final class OpenApiRoutes {

  static final String PATH = "/openapi.json";
  static final String RESOURCE = "openapi.json";

  /** The areas' resources whose paths join the base document's, in this order. */
  static final List<String> AREAS =
      List.of(
          "openapi-serving.json",
          "openapi-registry.json",
          "openapi-mlflow-registry.json",
          "openapi-tracking.json",
          "openapi-mlflow-tracking.json",
          "openapi-alerting.json",
          "openapi-detectors.json");

  private final byte[] document;

  OpenApiRoutes(ObjectMapper json) {
    try {
      ObjectNode base = (ObjectNode) json.readTree(resource(RESOURCE));
      for (String area : AREAS) {
        ObjectNode part = (ObjectNode) json.readTree(resource(area));
        base.with("paths").setAll((ObjectNode) part.path("paths"));
        if (part.has("components")) {
          part.get("components")
              .fields()
              .forEachRemaining(
                  e -> base.with("components").with(e.getKey()).setAll((ObjectNode) e.getValue()));
        }
      }
      this.document = json.writeValueAsBytes(base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, ctx -> ctx.contentType("application/json").result(document));
  }
}
