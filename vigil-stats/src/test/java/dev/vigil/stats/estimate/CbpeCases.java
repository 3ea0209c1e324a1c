package dev.vigil.stats.estimate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.testdata.ChurnFixtures;
import java.util.ArrayList;
import java.util.List;

/**
 * The NannyML CBPE fixture (tools/reference/cbpe_reference.py) with labels read from the shared
 * churn CSV by RowNumber.
 */
record CbpeCases(String name, JsonNode json, int[] referenceLabels, int[] analysisLabels) {

  static List<CbpeCases> load() {
    JsonNode root = ChurnFixtures.fixture("cbpe_cases.json");
    List<CbpeCases> cases = new ArrayList<>();
    for (JsonNode c : root.get("cases")) {
      cases.add(
          new CbpeCases(
              c.get("name").asText(),
              c,
              ChurnFixtures.labelsOf(c.get("reference_rows")),
              ChurnFixtures.labelsOf(c.get("analysis_rows"))));
    }
    return cases;
  }

  double threshold() {
    return json.get("threshold").asDouble();
  }

  int chunkSize() {
    return json.get("chunk_size").asInt();
  }

  double[] doubles(String field) {
    JsonNode array = json.get(field);
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }
}
