package dev.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * V2 infer bodies for a served model, built from its metadata ({@code GET /v2/models/{name}}): one
 * tensor per input, {@code rows} values each, FP64 inputs drawn around 40, BOOL inputs at random,
 * BYTES inputs from a few category names. A fixed pool is built before the run and cycled, so the
 * load generator spends nothing on building requests while measuring.
 */
final class InferBodies {

  private static final String[] CATEGORIES = {"France", "Spain", "Germany", "Male", "Female"};
  private static final int POOL = 64;

  private final List<String> pool;

  InferBodies(JsonNode metadata, int rows, long seed) {
    ObjectMapper json = new ObjectMapper();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> bodies = new ArrayList<>(POOL);
    for (int b = 0; b < POOL; b++) {
      ObjectNode body = json.createObjectNode();
      ArrayNode inputs = body.putArray("inputs");
      for (JsonNode input : metadata.get("inputs")) {
        String datatype = input.get("datatype").asText();
        ObjectNode tensor = inputs.addObject();
        tensor.put("name", input.get("name").asText());
        tensor.put("datatype", datatype);
        tensor.putArray("shape").add(rows);
        ArrayNode data = tensor.putArray("data");
        for (int r = 0; r < rows; r++) {
          switch (datatype) {
            case "BOOL" -> data.add(random.nextBoolean());
            case "BYTES" -> data.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            default -> data.add(Math.round((40 + 15 * random.nextDouble(-1, 1)) * 100) / 100.0);
          }
        }
      }
      bodies.add(body.toString());
    }
    this.pool = List.copyOf(bodies);
  }

  String body(long n) {
    return pool.get((int) (n % POOL));
  }
}
