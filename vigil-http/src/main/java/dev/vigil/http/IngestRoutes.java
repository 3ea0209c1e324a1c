package dev.vigil.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.LabelAppendResult;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.PredictionStore;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/models/{name}/predictions} and {@code .../feedback}: every record of a
 * request is read and checked first, then the batch is appended in one transaction, and the answer
 * (200) is sent only after the store committed. A refused request stores nothing.
 */
final class IngestRoutes {

  static final String PREDICTIONS = "/api/v1/models/{name}/predictions";
  static final String FEEDBACK = "/api/v1/models/{name}/feedback";

  private final ModelStore models;
  private final PredictionStore predictions;
  private final LabelStore labels;
  private final RecordsBody body;
  private final ObjectMapper json;
  private final Clock clock;
  private final int maxFeatures;
  private final IngestMetrics metrics;

  IngestRoutes(
      EventStores stores,
      RecordsBody body,
      ObjectMapper json,
      Clock clock,
      int maxFeatures,
      IngestMetrics metrics) {
    this.models = stores.models();
    this.predictions = stores.predictions();
    this.labels = stores.labels();
    this.body = body;
    this.json = json;
    this.clock = clock;
    this.maxFeatures = maxFeatures;
    this.metrics = metrics;
  }

  void register(RoutesConfig routes) {
    routes.post(PREDICTIONS, counted(PREDICTIONS, this::predictions));
    routes.post(FEEDBACK, counted(FEEDBACK, this::feedback));
  }

  private void predictions(Context ctx) {
    MonitoredModel model = model(ctx);
    PredictionReader reader = new PredictionReader(model.name(), clock.instant(), maxFeatures);
    List<JsonNode> items = body.read(ctx);
    List<PredictionRecord> records = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      records.add(reader.read(items.get(i), i));
    }
    AppendResult result = predictions.appendAll(records);
    metrics.ingested(model.name(), "prediction", result.inserted());
    ObjectNode answer = json.createObjectNode();
    answer.put("accepted", result.inserted()).put("duplicates", result.duplicates());
    records.forEach(record -> answer.withArray("ids").add(record.predictionId()));
    send(ctx, answer);
  }

  private void feedback(Context ctx) {
    MonitoredModel model = model(ctx);
    Instant now = clock.instant();
    LabelReader reader = new LabelReader(model.name(), model.labels(), now);
    List<JsonNode> items = body.read(ctx);
    List<LabelRecord> records = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      records.add(reader.read(items.get(i), i));
    }
    LabelAppendResult result = labels.appendAll(records);
    metrics.ingested(model.name(), "label", result.inserted());
    ObjectNode answer = json.createObjectNode();
    answer
        .put("accepted", result.inserted())
        .put("duplicates", result.duplicates())
        .put("conflicting", result.conflicting());
    send(ctx, answer);
  }

  private MonitoredModel model(Context ctx) {
    String name = ctx.pathParam("name");
    return models
        .find(name)
        .orElseThrow(
            () -> new ApiException(404, "name", "no monitored model named '" + name + "'"));
  }

  private Handler counted(String route, Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (ApiException e) {
        metrics.rejected(route, IngestMetrics.Reason.of(e));
        throw e;
      }
    };
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
