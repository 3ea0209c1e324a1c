package dev.vigil.http.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.registry.VersionComparison;
import dev.vigil.core.registry.VersionComparison.Row;
import java.util.List;

/** The JSON of {@code GET /api/v1/registry/compare}: metrics, params and lineage side by side. */
final class CompareJsonWriter {

  private final ObjectMapper json;
  private final RegistryJsonWriter writer;

  CompareJsonWriter(ObjectMapper json, RegistryJsonWriter writer) {
    this.json = json;
    this.writer = writer;
  }

  ObjectNode write(VersionComparison c) {
    ObjectNode node = json.createObjectNode();
    node.put("model", c.a().modelName());
    node.put("a", c.a().version());
    node.put("b", c.b().version());
    ArrayNode metrics = node.putArray("metrics");
    for (Row<Double> row : c.metrics()) {
      ObjectNode m = metrics.addObject().put("name", row.name());
      m.put("a", row.a().orElse(null));
      m.put("b", row.b().orElse(null));
      m.put("difference", row.difference().orElse(null));
    }
    ArrayNode params = node.putArray("params");
    for (Row<String> row : c.params()) {
      ObjectNode p = params.addObject().put("name", row.name());
      p.put("a", row.a().orElse(null));
      p.put("b", row.b().orElse(null));
      p.put("same", row.same());
    }
    ObjectNode lineage = node.putObject("lineage");
    lineage.set("a", writer.lineage(c.a().content().lineage()));
    lineage.set("b", writer.lineage(c.b().content().lineage()));
    ObjectNode artifacts = node.putObject("artifact_sha256");
    artifacts.put("a", c.a().content().artifactSha256().orElse(null));
    artifacts.put("b", c.b().content().artifactSha256().orElse(null));
    node.set("stages", json.valueToTree(List.of(c.a().stage().label(), c.b().stage().label())));
    return node;
  }
}
