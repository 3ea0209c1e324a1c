package dev.vigil.http.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.AuditVerification;
import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import java.io.IOException;
import java.util.Map;

/** The JSON of Vigil's registry API ({@code /api/v1/registry}); shapes in docs/REGISTRY.md. */
final class RegistryJsonWriter {

  private final ObjectMapper json;

  RegistryJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode model(RegisteredModel m) {
    ObjectNode node = json.createObjectNode();
    node.put("name", m.name());
    node.put("description", m.description());
    node.put("servable", m.servable());
    node.set("tags", json.valueToTree(m.tags()));
    node.set("aliases", json.valueToTree(m.sortedAliases()));
    node.put("created_at", m.createdAt().toString());
    node.put("updated_at", m.updatedAt().toString());
    return node;
  }

  ObjectNode version(ModelVersion v, RegisteredModel model) {
    ObjectNode node = json.createObjectNode();
    node.put("model", v.modelName());
    node.put("version", v.version());
    node.put("stage", v.stage().label());
    node.put("status", ModelVersion.STATUS);
    node.put("description", v.description());
    node.put("source", v.content().source());
    node.put("run_id", v.content().runId());
    ArrayNode aliases = node.putArray("aliases");
    model.aliasesOf(v.version()).forEach(aliases::add);
    node.set("tags", json.valueToTree(v.tags()));
    node.set("metrics", json.valueToTree(v.metrics()));
    node.set("params", json.valueToTree(v.params()));
    node.set("lineage", lineage(v.content().lineage()));
    node.put("artifact_sha256", v.content().artifactSha256().orElse(null));
    node.put("created_at", v.createdAt().toString());
    node.put("updated_at", v.updatedAt().toString());
    return node;
  }

  ObjectNode lineage(Lineage l) {
    ObjectNode node = json.createObjectNode();
    node.put("run_id", l.runId().orElse(null));
    node.put("data_sha256", l.dataSha256().orElse(null));
    node.put("row_count", l.rowCount().orElse(null));
    node.put("parent_version", l.parentVersion().orElse(null));
    return node;
  }

  ObjectNode audit(AuditEntry e) {
    ObjectNode node = json.createObjectNode();
    node.put("sequence", e.sequence());
    node.put("time", e.event().time().toString());
    node.put("actor", e.event().actor());
    node.put("model", e.event().model());
    node.put("version", e.event().version().orElse(null));
    node.put("action", e.event().action().id());
    node.put("from", e.event().from());
    node.put("to", e.event().to());
    node.put("reason", e.event().reason());
    node.set("evidence", evidence(e.event().evidence()));
    node.put("previous_hash", e.previousHash());
    node.put("hash", e.hash());
    return node;
  }

  /** The evidence as JSON when it parses (it always should), else as the stored text. */
  private JsonNode evidence(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      return json.getNodeFactory().textNode(text);
    }
  }

  ObjectNode verification(AuditVerification v) {
    ObjectNode node = json.createObjectNode();
    node.put("intact", v.intact());
    node.put("entries_checked", v.entriesChecked());
    node.put("broken_at", v.brokenAt().orElse(null));
    node.put("problem", v.intact() ? null : v.problem());
    return node;
  }

  ObjectNode map(Map<String, ?> values) {
    return json.valueToTree(values);
  }
}
