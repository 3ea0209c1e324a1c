package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.core.query.PeriodParameters;
import dev.vigil.core.query.PeriodQueries;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code GET /api/v1/models/{name}/periods}: a model's predictions in time order cut into
 * consecutive periods of {@code size}, for the batch monitoring pipeline.
 */
final class PeriodRoutes {

  static final String PERIODS = "/api/v1/models/{name}/periods";

  private static final Set<String> PARAMS = Set.of("from", "to", "version", "size", "after");

  private final PeriodQueries queries;
  private final PeriodsJsonWriter writer;

  PeriodRoutes(PeriodQueries queries, ObjectMapper json) {
    this.queries = queries;
    this.writer = new PeriodsJsonWriter(json);
  }

  void register(RoutesConfig routes) {
    routes.get(PERIODS, this::periods);
  }

  private void periods(Context ctx) {
    QueryParams params = QueryParams.of(ctx, PARAMS);
    PeriodParameters parameters =
        new PeriodParameters(
            ctx.pathParam("name"),
            params.get("from"),
            params.get("to"),
            params.get("version"),
            params.get("size"),
            params.get("after"));
    ctx.contentType("application/json")
        .result(writer.write(queries.periods(parameters)).toString());
  }
}
