package dev.vigil.http.mlflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * MLflow's JSON for the registry (model_registry.proto): {@code registered_model} and {@code
 * model_version}, versions as strings, times as epoch milliseconds, tags as {@code [{key,value}]}.
 */
final class MlflowRegistryJson {

  private final ObjectMapper json;

  MlflowRegistryJson(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode registeredModel(RegisteredModel m, List<ModelVersion> versions) {
    ObjectNode node = json.createObjectNode();
    node.put("name", m.name());
    node.put("creation_timestamp", millis(m.createdAt()));
    node.put("last_updated_timestamp", millis(m.updatedAt()));
    node.put("description", m.description());
    ArrayNode latest = node.putArray("latest_versions");
    latestPerStage(versions).forEach(v -> latest.add(modelVersion(v, m)));
    tags(node, m.tags());
    ArrayNode aliases = node.putArray("aliases");
    m.sortedAliases()
        .forEach((a, v) -> aliases.addObject().put("alias", a).put("version", String.valueOf(v)));
    return node;
  }

  ObjectNode modelVersion(ModelVersion v, RegisteredModel m) {
    ObjectNode node = json.createObjectNode();
    node.put("name", v.modelName());
    node.put("version", String.valueOf(v.version()));
    node.put("creation_timestamp", millis(v.createdAt()));
    node.put("last_updated_timestamp", millis(v.updatedAt()));
    node.put("current_stage", v.stage().label());
    node.put("description", v.description());
    node.put("source", v.content().source());
    node.put("run_id", v.content().runId());
    node.put("status", ModelVersion.STATUS);
    tags(node, v.tags());
    ArrayNode aliases = node.putArray("aliases");
    m.aliasesOf(v.version()).forEach(aliases::add);
    return node;
  }

  /** The newest version in each stage, in stage order, as MLflow's latest_versions. */
  static List<ModelVersion> latestPerStage(List<ModelVersion> versions) {
    return Arrays.stream(ModelStage.values())
        .flatMap(
            stage ->
                versions.stream()
                    .filter(v -> v.stage() == stage)
                    .reduce((first, second) -> second)
                    .stream())
        .toList();
  }

  private static void tags(ObjectNode node, Map<String, String> tags) {
    ArrayNode array = node.putArray("tags");
    tags.forEach((k, value) -> array.addObject().put("key", k).put("value", value));
  }

  private static long millis(Instant time) {
    return time.toEpochMilli();
  }
}
