package dev.vigil.http.mlflow;

import static dev.vigil.http.mlflow.MlflowRegistryRoutes.BASE;
import static dev.vigil.http.mlflow.MlflowRegistryRoutes.REASON;
import static dev.vigil.http.mlflow.MlflowRegistryRoutes.empty;
import static dev.vigil.http.mlflow.MlflowRegistryRoutes.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.NewVersion;
import dev.vigil.core.registry.RegisteredModel;
import dev.vigil.core.registry.Registry;
import dev.vigil.http.TokenGate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** MLflow's {@code model-versions/...} endpoints on Vigil's registry. */
final class MlflowModelVersionRoutes {

  private static final String VERSIONS = BASE + "model-versions/";

  private final Registry registry;
  private final ObjectMapper json;
  private final MlflowRegistryJson writer;

  MlflowModelVersionRoutes(Registry registry, ObjectMapper json, MlflowRegistryJson writer) {
    this.registry = registry;
    this.json = json;
    this.writer = writer;
  }

  void register(RoutesConfig routes) {
    routes.post(VERSIONS + "create", this::create);
    routes.get(VERSIONS + "get", this::get);
    routes.get(VERSIONS + "search", this::search);
    routes.patch(VERSIONS + "update", this::update);
    routes.post(VERSIONS + "transition-stage", this::transition);
    routes.delete(VERSIONS + "delete", this::delete);
    routes.post(VERSIONS + "set-tag", this::setTag);
    routes.delete(VERSIONS + "delete-tag", this::deleteTag);
    routes.get(VERSIONS + "get-download-uri", this::downloadUri);
  }

  private void create(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    NewVersion content =
        NewVersion.of(
            p.required("source"), p.optional("run_id", ""), p.optional("description", ""));
    content =
        new NewVersion(
            content.source(),
            content.runId(),
            content.description(),
            p.tags(),
            Map.of(),
            Map.of(),
            content.lineage(),
            content.artifactSha256());
    ModelVersion v = registry.createVersion(p.required("name"), content, TokenGate.actor(ctx));
    sendVersion(ctx, v);
  }

  private void get(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    sendVersion(ctx, registry.version(p.required("name"), p.version()));
  }

  private void search(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    Map<String, Function<ModelVersion, String>> attributes =
        Map.of(
            "name", ModelVersion::modelName,
            "run_id", v -> v.content().runId(),
            "source_path", v -> v.content().source());
    MlflowRegistrySearch<ModelVersion> filter =
        new MlflowRegistrySearch<>(p.optional("filter", ""), attributes);
    List<ModelVersion> found = registry.allVersions().stream().filter(filter::matches).toList();
    MlflowRegistryPage<ModelVersion> page =
        MlflowRegistryPage.of(
            found,
            p.optional("page_token", null),
            p.optional("max_results", null),
            10_000,
            200_000);
    Map<String, RegisteredModel> models = new HashMap<>();
    ObjectNode answer = json.createObjectNode();
    ArrayNode versions = answer.putArray("model_versions");
    for (ModelVersion v : page.items()) {
      RegisteredModel m = models.computeIfAbsent(v.modelName(), registry::model);
      versions.add(writer.modelVersion(v, m));
    }
    if (page.nextPageToken() != null) {
      answer.put("next_page_token", page.nextPageToken());
    }
    ctx.contentType("application/json").result(answer.toString());
  }

  private void update(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    String name = p.required("name");
    int version = p.version();
    String description = p.optional("description", registry.version(name, version).description());
    sendVersion(ctx, registry.describeVersion(name, version, description));
  }

  /** MLflow's default for archive_existing_versions is false: other versions keep their stage. */
  private void transition(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    ModelStage stage;
    try {
      stage = ModelStage.parse(p.required("stage"));
    } catch (IllegalArgumentException e) {
      throw MlflowRegistryParams.invalid(e.getMessage());
    }
    ModelVersion v =
        registry.transition(
            p.required("name"),
            p.version(),
            stage,
            p.flag("archive_existing_versions"),
            TokenGate.actor(ctx),
            REASON);
    sendVersion(ctx, v);
  }

  private void delete(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    registry.deleteVersion(p.required("name"), p.version(), TokenGate.actor(ctx), REASON);
    empty(ctx);
  }

  private void setTag(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    registry.setVersionTag(
        p.required("name"), p.version(), p.required("key"), p.optional("value", ""));
    empty(ctx);
  }

  private void deleteTag(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    registry.deleteVersionTag(p.required("name"), p.version(), p.required("key"));
    empty(ctx);
  }

  private void downloadUri(Context ctx) {
    MlflowRegistryParams p = params(ctx);
    ModelVersion v = registry.version(p.required("name"), p.version());
    ObjectNode answer = json.createObjectNode();
    answer.put("artifact_uri", v.content().source());
    ctx.contentType("application/json").result(answer.toString());
  }

  private void sendVersion(Context ctx, ModelVersion v) {
    send(ctx, "model_version", writer.modelVersion(v, registry.model(v.modelName())));
  }

  private MlflowRegistryParams params(Context ctx) {
    return MlflowRegistryParams.of(ctx, json);
  }
}
