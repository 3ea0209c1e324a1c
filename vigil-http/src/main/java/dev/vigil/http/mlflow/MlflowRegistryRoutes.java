package dev.vigil.http.mlflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import dev.vigil.core.registry.Registry;
import dev.vigil.http.RouteGroup;
import dev.vigil.http.TokenGate;
import dev.vigil.http.registry.RegistryErrors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * MLflow's model registry REST API under {@code /api/2.0/mlflow/} on Vigil's registry: registered
 * models here, model versions in {@link MlflowModelVersionRoutes}. MLflow's clients (Java, Python)
 * work against it; the endpoints and shapes served are listed in docs/REGISTRY.md.
 */
public final class MlflowRegistryRoutes implements RouteGroup {

  static final String BASE = "/api/2.0/mlflow/";
  static final String REASON = "via MLflow's API";
  private static final String MODELS = BASE + "registered-models/";

  private final Registry registry;
  private final ObjectMapper json = new ObjectMapper();
  private final MlflowRegistryJson writer = new MlflowRegistryJson(json);

  public MlflowRegistryRoutes(Registry registry) {
    this.registry = registry;
  }

  @Override
  public void register(RoutesConfig routes) {
    RegistryErrors.register(routes);
    routes.post(MODELS + "create", this::create);
    routes.get(MODELS + "get", this::get);
    routes.get(MODELS + "search", this::search);
    routes.patch(MODELS + "update", this::update);
    routes.delete(MODELS + "delete", this::delete);
    routes.post(MODELS + "set-tag", this::setTag);
    routes.delete(MODELS + "delete-tag", this::deleteTag);
    routes.post(MODELS + "alias", this::setAlias);
    routes.delete(MODELS + "alias", this::deleteAlias);
    routes.get(MODELS + "alias", this::getByAlias);
    routes.get(MODELS + "get-latest-versions", this::latestVersions);
    routes.post(MODELS + "get-latest-versions", this::latestVersions);
    new MlflowModelVersionRoutes(registry, json, writer).register(routes);
  }

  private void create(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    RegisteredModel m =
        registry.createModel(
            p.required("name"), p.optional("description", ""), p.tags(), TokenGate.actor(ctx));
    send(ctx, "registered_model", full(m));
  }

  private void get(Context ctx) {
    send(ctx, "registered_model", full(registry.model(params(ctx).required("name"))));
  }

  private void search(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    Map<String, Function<RegisteredModel, String>> attributes = Map.of("name", m -> m.name());
    MlflowRegistrySearch<RegisteredModel> filter =
        new MlflowRegistrySearch<>(p.optional("filter", ""), attributes);
    List<RegisteredModel> found = registry.models().stream().filter(filter::matches).toList();
    MlflowRegistryPage<RegisteredModel> page =
        MlflowRegistryPage.of(
            found, p.optional("page_token", null), p.optional("max_results", null), 100, 1000);
    ObjectNode answer = json.createObjectNode();
    ArrayNode models = answer.putArray("registered_models");
    page.items().forEach(m -> models.add(full(m)));
    if (page.nextPageToken() != null) {
      answer.put("next_page_token", page.nextPageToken());
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  private void update(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    String name = p.required("name");
    RegisteredModel m =
        registry.describeModel(name, p.optional("description", registry.model(name).description()));
    send(ctx, "registered_model", full(m));
  }

  private void delete(Context ctx) {
    registry.deleteModel(params(ctx).required("name"), TokenGate.actor(ctx), REASON);
    empty(ctx);
  }

  private void setTag(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    registry.setModelTag(p.required("name"), p.required("key"), p.optional("value", ""));
    empty(ctx);
  }

  private void deleteTag(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    registry.deleteModelTag(p.required("name"), p.required("key"));
    empty(ctx);
  }

  private void setAlias(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    registry.setAlias(
        p.required("name"), p.required("alias"), p.version(), TokenGate.actor(ctx), REASON);
    empty(ctx);
  }

  private void deleteAlias(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    registry.deleteAlias(p.required("name"), p.required("alias"), TokenGate.actor(ctx), REASON);
    empty(ctx);
  }

  private void getByAlias(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    String name = p.required("name");
    ModelVersion v = registry.byAlias(name, p.required("alias"));
    send(ctx, "model_version", writer.modelVersion(v, registry.model(name)));
  }

  /** The newest version in each requested stage (every stage when none is named). */
  private void latestVersions(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    String name = p.required("name");
    RegisteredModel m = registry.model(name);
    List<ModelStage> stages = p.list("stages").stream().map(ModelStage::parse).toList();
    ObjectNode answer = json.createObjectNode();
    ArrayNode versions = answer.putArray("model_versions");
    for (ModelVersion v : MlflowRegistryJson.latestPerStage(registry.versions(name))) {
      if (stages.isEmpty() || stages.contains(v.stage())) {
        versions.add(writer.modelVersion(v, m));
      }
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  private ObjectNode full(RegisteredModel m) {
    return writer.registeredModel(m, registry.versions(m.name()));
  }

  private MlflowRegistryParams params(Context ctx) {
    return MlflowRegistryParams.of(ctx, json);
  }

  static void send(Context ctx, String key, ObjectNode value) {
    ObjectNode answer = value.objectNode();
    answer.set(key, value);
    ctx.contentType("application/json").result(answer.toString());
  }

  static void empty(Context ctx) {
    ctx.contentType("application/json").result("{}");
  }
}
