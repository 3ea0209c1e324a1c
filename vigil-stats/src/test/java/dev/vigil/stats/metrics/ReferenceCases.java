package dev.vigil.stats.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.testdata.ChurnFixtures;
import java.util.ArrayList;
import java.util.List;

/** The cases of metrics_cases.json (tools/reference/metrics_reference.py), labels resolved. */
final class ReferenceCases {

  /** One case: inputs and scikit-learn's expected values. */
  record Case(String name, double threshold, double[] scores, int[] labels, JsonNode expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private ReferenceCases() {}

  static List<Case> load() {
    JsonNode root = ChurnFixtures.fixture("metrics_cases.json");
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      double[] scores = doubles(c.get("scores"));
      int[] labels;
      if (c.has("rowNumbers")) {
        labels = ChurnFixtures.labelsOf(c.get("rowNumbers"));
      } else {
        labels = ints(c.get("labels"));
      }
      cases.add(
          new Case(
              c.get("name").asText(),
              c.get("threshold").asDouble(),
              scores,
              labels,
              c.get("expected")));
    }
    return cases;
  }

  private static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static int[] ints(JsonNode array) {
    int[] values = new int[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asInt();
    }
    return values;
  }
}
