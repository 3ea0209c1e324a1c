package dev.vigil.http;

import dev.vigil.core.query.QueryParameters;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of a GET route, checked against the parameters the route knows: an unknown or
 * repeated parameter is refused (400 naming it), so a misspelt {@code granularty=day} does not
 * silently give the default.
 */
final class QueryParams {

  private final Context ctx;

  private QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  static QueryParams of(Context ctx, Set<String> known) {
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (!known.contains(e.getKey())) {
        throw ApiException.badRequest(
            e.getKey(),
            "unknown query parameter '"
                + e.getKey()
                + "'; this route knows: "
                + String.join(", ", new TreeSet<>(known)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest(e.getKey(), "the query parameter is given more than once");
      }
    }
    return new QueryParams(ctx);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(ctx.queryParam(name));
  }

  /** The monitoring query of the model in the path, with whichever parameters the route knows. */
  QueryParameters monitoring() {
    return new QueryParameters(
        ctx.pathParam("name"),
        get("from"),
        get("to"),
        get("granularity"),
        get("segment"),
        get("version"));
  }
}
