package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * {@code PUT /api/v1/models/{name}/reference} builds a model's reference from CSV or NDJSON rows
 * and replaces the stored one (all rows or nothing: a bad row stores nothing); {@code GET} shows
 * what is stored.
 */
final class ReferenceRoutes {

  static final String REFERENCE = "/api/v1/models/{name}/reference";

  private static final Set<String> PARAMS = Set.of("score_column", "target_column");
  private static final Set<String> NDJSON = Set.of("application/x-ndjson", "application/ndjson");
  private static final String CSV = "text/csv";

  private final ModelStore models;
  private final ReferenceStore references;
  private final JsonBody body;
  private final ObjectMapper json;
  private final ReferenceJsonWriter writer;
  private final Clock clock;

  ReferenceRoutes(
      ModelStore models, ReferenceStore references, JsonBody body, ObjectMapper json, Clock clock) {
    this.models = models;
    this.references = references;
    this.body = body;
    this.json = json;
    this.writer = new ReferenceJsonWriter(json);
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.put(REFERENCE, this::upload);
    routes.get(REFERENCE, this::show);
  }

  private void upload(Context ctx) {
    QueryParams params = QueryParams.of(ctx, PARAMS);
    MonitoredModel model = model(ctx);
    boolean csv = isCsv(ctx.header("Content-Type"));
    ReferenceUpload upload =
        new ReferenceUpload(
            model, params.get("score_column"), params.get("target_column"), clock.instant());
    String text = new String(body.readBounded(ctx), StandardCharsets.UTF_8);
    if (csv) {
      CsvReferenceReader.read(text, upload);
    } else {
      NdjsonReferenceReader.read(text, json, upload);
    }
    ReferenceSummary reference = upload.build();
    references.put(model.name(), reference);
    send(ctx, writer.write(model, reference));
  }

  private void show(Context ctx) {
    QueryParams.of(ctx, Set.of());
    MonitoredModel model = model(ctx);
    ReferenceSummary reference =
        references
            .find(model.name())
            .orElseThrow(
                () ->
                    new ApiException(
                        404, "reference", "model '" + model.name() + "' has no reference yet"));
    send(ctx, writer.write(model, reference));
  }

  /** True for CSV, false for NDJSON; a 415 for anything else. */
  private static boolean isCsv(String contentType) {
    String mediaType =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (mediaType.equals(CSV)) {
      return true;
    }
    if (NDJSON.contains(mediaType)) {
      return false;
    }
    throw new ApiException(
        415,
        "Content-Type",
        "Content-Type must be text/csv or application/x-ndjson, was "
            + (contentType == null ? "missing" : "'" + contentType + "'"));
  }

  private MonitoredModel model(Context ctx) {
    String name = ctx.pathParam("name");
    return models
        .find(name)
        .orElseThrow(
            () -> new ApiException(404, "name", "no monitored model named '" + name + "'"));
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
