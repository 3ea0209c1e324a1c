package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.UnmatchedLabels;
import dev.vigil.core.model.ModelStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code GET /api/v1/models/{name}/labels/unmatched?limit=}: the labels of a model whose prediction
 * is not stored (never seen, not arrived yet, or deleted by retention), counted, with the oldest
 * label time and up to {@code limit} examples (default 100, at most 1000), oldest first.
 */
final class UnmatchedLabelRoutes {

  static final String UNMATCHED = "/api/v1/models/{name}/labels/unmatched";

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final ModelStore models;
  private final LabelStore labels;
  private final ObjectMapper json;

  UnmatchedLabelRoutes(ModelStore models, LabelStore labels, ObjectMapper json) {
    this.models = models;
    this.labels = labels;
    this.json = json;
  }

  void register(RoutesConfig routes) {
    routes.get(UNMATCHED, this::show);
  }

  private void show(Context ctx) {
    int limit = limit(QueryParams.of(ctx, Set.of("limit")));
    String name = ctx.pathParam("name");
    if (models.find(name).isEmpty()) {
      throw new ApiException(404, "name", "no monitored model named '" + name + "'");
    }
    UnmatchedLabels unmatched = labels.unmatched(name, limit);
    ctx.contentType("application/json").result(answer(name, unmatched).toString());
  }

  private static int limit(QueryParams params) {
    String text = params.get("limit").orElse(String.valueOf(DEFAULT_LIMIT));
    int limit;
    try {
      limit = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit", "'" + text + "' is not a whole number");
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw ApiException.badRequest("limit", limit + " is not in [0, " + MAX_LIMIT + "]");
    }
    return limit;
  }

  private ObjectNode answer(String name, UnmatchedLabels unmatched) {
    ObjectNode answer = json.createObjectNode();
    answer.put("model", name);
    answer.put("count", unmatched.count());
    answer.put("oldest_label_time", unmatched.oldestLabelTime().map(Object::toString).orElse(null));
    ArrayNode examples = answer.putArray("examples");
    for (LabelRecord label : unmatched.examples()) {
      examples
          .addObject()
          .put("prediction_id", label.predictionId())
          .put("label", label.label())
          .put("label_time", label.labelTime().toString());
    }
    return answer;
  }
}
