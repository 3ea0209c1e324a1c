package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.CategoryShare;
import dev.vigil.core.query.DistributionBin;
import dev.vigil.core.query.FeatureDistribution;
import java.util.Optional;

/**
 * The answer of {@code GET /api/v1/models/{name}/features/{feature}/distribution} (docs/API.md).
 */
final class DistributionJsonWriter {

  private final ObjectMapper json;

  DistributionJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode write(FeatureDistribution view) {
    ObjectNode answer = ScopeJson.answer(json, view.scope());
    answer.put("feature", view.feature());
    answer.put("type", view.kind().id());
    answer
        .putObject("reference")
        .put("uploaded_at", view.referenceUploadedAt().toString())
        .put("values", view.referenceValues())
        .put("missing_share", view.referenceMissingShare());
    answer
        .putObject("current")
        .put("values", view.currentValues())
        .put("missing_share", view.currentMissingShare());
    answer.put("exact", view.exact());
    ArrayNode bins = answer.putArray("bins");
    for (DistributionBin bin : view.bins()) {
      ObjectNode node = bins.addObject().put("label", bin.label());
      edge(node, "lower", bin.lower());
      edge(node, "upper", bin.upper());
      node.put("reference_share", bin.referenceShare());
      node.put("current_share", bin.currentShare());
    }
    ArrayNode unseen = answer.putArray("unseen");
    for (CategoryShare category : view.unseen()) {
      unseen.addObject().put("category", category.category()).put("share", category.share());
    }
    answer.put("unseen_share", view.unseenShare());
    return answer;
  }

  private static void edge(ObjectNode node, String field, Optional<Double> edge) {
    if (edge.isPresent()) {
      JsonNumbers.put(node, field, edge.get());
    } else {
      node.putNull(field);
    }
  }
}
