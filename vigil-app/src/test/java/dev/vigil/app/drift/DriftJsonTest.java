package dev.vigil.app.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftJsonTest {

  private static JsonNode parse(DriftOutcome outcome) throws Exception {
    return new ObjectMapper().readTree(DriftJson.render(outcome));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void documentedShapeAndOrder() throws Exception {
    JsonNode root = parse(DriftOutcomes.sample());
    assertEquals(
        List.of("reference", "current", "columns", "target", "skipped", "dataset"),
        fieldNames(root));
    assertEquals(
        List.of(
            "column",
            "type",
            "method",
            "statistic",
            "p_value",
            "threshold",
            "drifted",
            "exact",
            "error_bound",
            "reference_count",
            "current_count"),
        fieldNames(root.get("columns").get(0)));
    assertEquals(
        List.of("columns", "drifted_columns", "drift_share", "drift_share_threshold", "drifted"),
        fieldNames(root.get("dataset")));
  }

  @Test
  void carriesTheSameContentAsTheTable() throws Exception {
    JsonNode root = parse(DriftOutcomes.sample());
    assertEquals("ref.csv", root.at("/reference/file").asText());
    assertEquals(2509, root.at("/current/rows").asInt());
    JsonNode balance = root.at("/columns/0");
    assertEquals("Balance", balance.get("column").asText());
    assertEquals("numeric", balance.get("type").asText());
    assertEquals("wasserstein", balance.get("method").asText());
    assertEquals(0.9003, balance.get("statistic").asDouble());
    assertTrue(balance.get("p_value").isNull());
    assertTrue(balance.get("drifted").asBoolean());
    assertEquals(5014, balance.get("reference_count").asLong());
    JsonNode gender = root.at("/columns/1");
    assertEquals(1.2e-5, gender.get("p_value").asDouble());
    assertEquals(2500, gender.get("current_count").asLong());
    JsonNode age = root.at("/columns/2");
    assertEquals(false, age.get("exact").asBoolean());
    assertEquals(0.01, age.get("error_bound").asDouble());
    assertEquals("Exited", root.at("/target/column").asText());
    assertEquals("Notes", root.at("/skipped/0/column").asText());
    assertEquals("no values in cur.csv", root.at("/skipped/0/reason").asText());
    assertEquals(3, root.at("/dataset/columns").asInt());
    assertEquals(2, root.at("/dataset/drifted_columns").asInt());
    assertEquals(2.0 / 3, root.at("/dataset/drift_share").asDouble());
    assertEquals(0.5, root.at("/dataset/drift_share_threshold").asDouble());
    assertTrue(root.at("/dataset/drifted").asBoolean());
  }

  @Test
  void infinityIsAStringAndAMissingTargetIsNull() throws Exception {
    JsonNode root = parse(DriftOutcomes.withInfiniteStatistic());
    assertEquals("Infinity", root.at("/columns/0/statistic").asText());
    assertTrue(root.at("/columns/0/statistic").isTextual());
    assertTrue(root.get("target").isNull());
    assertEquals(0, root.get("skipped").size());
  }
}
