package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;

/** {@code /api/v1/models}: register a monitored model, list them, show one. */
final class ModelRoutes {

  static final String MODELS = "/api/v1/models";
  static final String MODEL = "/api/v1/models/{name}";

  private final ModelStore store;
  private final JsonBody body;
  private final ModelJsonWriter writer;
  private final ObjectMapper json;
  private final Clock clock;

  ModelRoutes(ModelStore store, JsonBody body, ObjectMapper json, Clock clock) {
    this.store = store;
    this.body = body;
    this.writer = new ModelJsonWriter(json);
    this.json = json;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.post(MODELS, this::create);
    routes.get(MODELS, this::list);
    routes.get(MODEL, this::show);
  }

  private void create(Context ctx) {
    MonitoredModel model = ModelRequestReader.read(body.readObject(ctx), clock.instant());
    store.create(model);
    ctx.status(201).header("Location", MODELS + "/" + model.name());
    send(ctx, writer.write(model));
  }

  private void list(Context ctx) {
    ObjectNode answer = json.createObjectNode();
    ArrayNode models = answer.putArray("models");
    store.list().forEach(model -> models.add(writer.write(model)));
    send(ctx, answer);
  }

  private void show(Context ctx) {
    String name = ctx.pathParam("name");
    MonitoredModel model =
        store
            .find(name)
            .orElseThrow(
                () -> new ApiException(404, "name", "no monitored model named '" + name + "'"));
    send(ctx, writer.write(model));
  }

  private static void send(Context ctx, ObjectNode answer) {
    ctx.contentType("application/json").result(answer.toString());
  }
}
