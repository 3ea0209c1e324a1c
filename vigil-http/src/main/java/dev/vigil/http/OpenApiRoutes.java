package dev.vigil.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.0 description of every route, a hand-written resource
 * kept next to the code (a test checks that every registered route is in it).
 */
final class OpenApiRoutes {

  static final String PATH = "/openapi.json";
  static final String RESOURCE = "openapi.json";

  private final byte[] document;

  OpenApiRoutes() {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing from the jar");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, ctx -> ctx.contentType("application/json").result(document));
  }
}
