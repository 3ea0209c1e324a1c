package dev.vigil.app.drift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.drift.DriftResult;

/**
 * Renders a {@link DriftOutcome} as the JSON document documented in docs/cli-drift.md. Field names
 * and order are stable. Non-finite numbers are written as the strings {@code "Infinity"} and {@code
 * "-Infinity"}; a missing p-value is {@code null}.
 */
public final class DriftJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DriftJson() {}

  public static String render(DriftOutcome outcome) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("reference", file(outcome.referenceFile(), outcome.referenceRows()));
    root.set("current", file(outcome.currentFile(), outcome.currentRows()));
    ArrayNode columns = root.putArray("columns");
    outcome.features().columns().forEach(c -> columns.add(column(c)));
    root.set("target", outcome.target().map(DriftJson::column).orElse(null));
    ArrayNode skipped = root.putArray("skipped");
    for (SkippedColumn s : outcome.skipped()) {
      skipped.addObject().put("column", s.name()).put("reason", s.reason());
    }
    root.set("dataset", dataset(outcome.features()));
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private static ObjectNode file(String name, int rows) {
    return MAPPER.createObjectNode().put("file", name).put("rows", rows);
  }

  private static ObjectNode column(ColumnDrift column) {
    DriftResult r = column.result();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("column", column.name());
    node.put("type", column.kind().id());
    node.put("method", r.method().id());
    number(node, "statistic", r.statistic());
    if (r.hasPValue()) {
      number(node, "p_value", r.pValue());
    } else {
      node.putNull("p_value");
    }
    number(node, "threshold", r.threshold());
    node.put("drifted", r.drifted());
    node.put("exact", r.exact());
    number(node, "error_bound", r.errorBound());
    node.put("reference_count", column.referenceCount());
    node.put("current_count", column.currentCount());
    return node;
  }

  private static ObjectNode dataset(DriftReport report) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("columns", report.columns().size());
    node.put("drifted_columns", report.driftedColumns());
    node.put("drift_share", report.driftShare());
    node.put("drift_share_threshold", report.shareThreshold());
    node.put("drifted", report.datasetDrift());
    return node;
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.put(field, value > 0 ? "Infinity" : "-Infinity");
    }
  }
}
