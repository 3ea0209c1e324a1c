package dev.vigil.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.core.query.BucketStats;
import dev.vigil.core.query.FeatureQuality;
import dev.vigil.core.query.ReferenceCount;
import dev.vigil.core.query.WindowsView;
import java.time.Instant;
import java.util.Optional;

/** The answer of {@code GET /api/v1/models/{name}/windows} (shape in docs/API.md). */
final class WindowsJsonWriter {

  private final ObjectMapper json;

  WindowsJsonWriter(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode write(WindowsView view) {
    ObjectNode answer = ScopeJson.answer(json, view.scope());
    answer.put("granularity", view.granularity().id());
    JsonNumbers.put(
        answer, "reference_uploaded_at", view.referenceUploadedAt().map(Instant::toString));
    ArrayNode windows = answer.putArray("windows");
    view.buckets().forEach(bucket -> windows.add(bucket(bucket)));
    return answer;
  }

  private ObjectNode bucket(BucketStats bucket) {
    ObjectNode node = json.createObjectNode();
    node.put("start", bucket.start().toString());
    node.put("end", bucket.end().toString());
    node.put("partial", bucket.partial());
    statistics(node, bucket);
    return node;
  }

  /** The bucket's fields after its start, end and partial flag. */
  void statistics(ObjectNode node, BucketStats bucket) {
    node.put("predictions", bucket.predictions());
    JsonNumbers.put(node, "predicted_positive_rate", bucket.predictedPositiveRate());
    ScopeJson.quantiles(node, "scores", bucket.scores());
    node.put("labelled", bucket.labelled());
    ScopeJson.quantiles(node, "latency_seconds", bucket.latencySeconds());
    ArrayNode quality = node.putArray("data_quality");
    bucket.dataQuality().forEach(feature -> quality.add(feature(feature)));
  }

  private ObjectNode feature(FeatureQuality feature) {
    ObjectNode node = json.createObjectNode();
    node.put("feature", feature.feature());
    node.put("type", feature.kind().id());
    node.put("values", feature.values());
    node.put("missing", feature.missing());
    node.put("type_errors", feature.typeErrors());
    count(node, "out_of_range", feature.outOfRange());
    count(node, "unseen_categories", feature.unseenCategories());
    return node;
  }

  private static void count(ObjectNode parent, String field, Optional<ReferenceCount> count) {
    if (count.isEmpty()) {
      parent.putNull(field);
    } else {
      parent.putObject(field).put("count", count.get().count()).put("exact", count.get().exact());
    }
  }
}
