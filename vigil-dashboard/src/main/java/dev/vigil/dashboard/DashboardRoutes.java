package dev.vigil.dashboard;

import dev.vigil.http.ApiException;
import dev.vigil.http.RouteGroup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web dashboard: {@code GET /} answers the single page, {@code GET /static/{file}} its scripts,
 * styles and the vendored ECharts, all read from this jar's classpath resources under {@code
 * dev/vigil/dashboard/}. Nothing is fetched from elsewhere at run time; the page reads the JSON
 * API. Only flat file names with a known extension are served, so no request can reach another
 * resource.
 */
public final class DashboardRoutes implements RouteGroup {

  private static final String ROOT = "/dev/vigil/dashboard/";
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)+");
  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=utf-8");

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/", ctx -> send(ctx, "index.html", "no-cache"));
    routes.get("/static/{file}", ctx -> send(ctx, "static/" + file(ctx), "max-age=300"));
  }

  private static String file(Context ctx) {
    String name = ctx.pathParam("file");
    if (!FILE_NAME.matcher(name).matches() || contentType(name).isEmpty()) {
      throw notFound(ctx);
    }
    return name;
  }

  private static void send(Context ctx, String resource, String cacheControl) {
    byte[] bytes = read(resource).orElseThrow(() -> notFound(ctx));
    ctx.header("Cache-Control", cacheControl)
        .contentType(contentType(resource).orElseThrow())
        .result(bytes);
  }

  /** The resource's bytes, or empty when the jar has no such file. */
  static Optional<byte[]> read(String resource) {
    try (InputStream in = DashboardRoutes.class.getResourceAsStream(ROOT + resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> contentType(String name) {
    return Optional.ofNullable(CONTENT_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
  }

  private static ApiException notFound(Context ctx) {
    return new ApiException(404, "path", "no route for GET " + ctx.path());
  }
}
