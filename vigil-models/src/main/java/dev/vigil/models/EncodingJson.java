package dev.vigil.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.stats.drift.ColumnKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of a {@link FeatureEncoding}: {@code "inputs": [{"name", "kind", "categories"?}]} and
 * {@code "encoding": {"numeric_scaling": {"<input>": {"mean", "std"}}}}.
 */
final class EncodingJson {

  private EncodingJson() {}

  static void write(FeatureEncoding encoding, ObjectNode manifest) {
    ArrayNode inputs = manifest.putArray("inputs");
    for (ModelInput input : encoding.inputs()) {
      ObjectNode node = inputs.addObject().put("name", input.name()).put("kind", input.kind().id());
      if (input.kind() == ColumnKind.CATEGORICAL) {
        input.categories().forEach(node.putArray("categories")::add);
      }
    }
    ObjectNode scaling = manifest.putObject("encoding").putObject("numeric_scaling");
    for (ModelInput input : encoding.inputs()) {
      NumericScaling s = encoding.scaling().get(input.name());
      if (s != null) {
        scaling.putObject(input.name()).put("mean", s.mean()).put("std", s.std());
      }
    }
  }

  static FeatureEncoding read(JsonNode node) {
    JsonNode array = JsonReading.array(node, "inputs", "");
    List<ModelInput> inputs = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      inputs.add(input(array.get(i), "inputs[" + i + "]."));
    }
    Map<String, NumericScaling> scaling = new LinkedHashMap<>();
    JsonNode encoding = node.get("encoding");
    if (encoding != null && !encoding.isNull()) {
      JsonNode scalings = JsonReading.object(encoding, "numeric_scaling", "encoding.");
      for (Iterator<String> names = scalings.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        String path = "encoding.numeric_scaling." + name + ".";
        JsonNode s = scalings.get(name);
        double mean = JsonReading.number(s, "mean", path);
        double std = JsonReading.number(s, "std", path);
        scaling.put(name, describe(path, () -> new NumericScaling(mean, std)));
      }
    }
    return describe("", () -> new FeatureEncoding(inputs, scaling));
  }

  private static ModelInput input(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path.substring(0, path.length() - 1) + ": not an object");
    }
    String name = JsonReading.text(node, "name", path);
    ColumnKind kind = kind(JsonReading.text(node, "kind", path), path);
    List<String> categories = new ArrayList<>();
    if (kind == ColumnKind.CATEGORICAL) {
      JsonNode array = JsonReading.array(node, "categories", path);
      for (int c = 0; c < array.size(); c++) {
        if (!array.get(c).isTextual()) {
          throw new IllegalArgumentException(
              path + "categories[" + c + "]: expected a string, got " + array.get(c));
        }
        categories.add(array.get(c).asText());
      }
    } else if (node.has("categories")) {
      throw new IllegalArgumentException(
          path + "categories: only a categorical input lists categories");
    }
    return describe(path, () -> new ModelInput(name, kind, categories));
  }

  private static ColumnKind kind(String text, String path) {
    for (ColumnKind kind : ColumnKind.values()) {
      if (kind.id().equals(text.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        path + "kind: expected numeric, categorical or boolean, got '" + text + "'");
  }

  /** Runs a record constructor, prefixing its message with the path of the JSON it came from. */
  private static <T> T describe(String path, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + e.getMessage(), e);
    }
  }
}
