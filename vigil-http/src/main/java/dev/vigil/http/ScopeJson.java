package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.Quantiles;
import dev.vigil.core.query.QueryScope;
import java.util.Map;
import java.util.Optional;

/** The parts every monitoring answer shares: what was asked, and quantile summaries. */
final class ScopeJson {

  private ScopeJson() {}

  /** A new answer starting with the model, range, segment and version. */
  static ObjectNode answer(ObjectMapper json, QueryScope scope) {
    ObjectNode node = json.createObjectNode();
    node.put("model", scope.model().name());
    node.put("from", scope.range().from().toString());
    node.put("to", scope.range().to().toString());
    node.put("segment", scope.segment().id());
    JsonNumbers.put(node, "version", scope.version());
    return node;
  }

  /** {@code {"count", "mean", "p50", ..., "exact"}}, or null. */
  static void quantiles(ObjectNode parent, String field, Optional<Quantiles> quantiles) {
    if (quantiles.isEmpty()) {
      parent.putNull(field);
      return;
    }
    Quantiles q = quantiles.get();
    ObjectNode node = parent.putObject(field);
    node.put("count", q.count());
    JsonNumbers.put(node, "mean", q.mean());
    for (Map.Entry<String, Double> e : q.values().entrySet()) {
      JsonNumbers.put(node, e.getKey(), e.getValue());
    }
    node.put("exact", q.exact());
  }
}
