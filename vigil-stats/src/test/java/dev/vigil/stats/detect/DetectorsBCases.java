package dev.vigil.stats.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads reference/detectors_b_cases.json, written by tools/reference/detectors_b_reference.py from
 * River 0.26.1 and scipy: the streams, and what River and scipy computed on them.
 */
final class DetectorsBCases {

  private static JsonNode root;

  private DetectorsBCases() {}

  static synchronized JsonNode root() {
    if (root == null) {
      try (InputStream in =
          DetectorsBCases.class.getResourceAsStream("/reference/detectors_b_cases.json")) {
        root = JsonMapper.builder().build().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  static List<String> streamNames() {
    List<String> names = new ArrayList<>();
    root().get("streams").fieldNames().forEachRemaining(names::add);
    return names;
  }

  static double[] stream(String name) {
    return doubles(root().get("streams").get(name));
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  /** 0-based indices where the detector signalled drift. */
  static List<Integer> drifts(ChangeDetector detector, double[] values) {
    List<Integer> hits = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (detector.update(values[i]) == DetectorSignal.DRIFT) {
        hits.add(i);
      }
    }
    return hits;
  }

  static List<DetectorSignal> signals(Supplier<? extends ChangeDetector> d, double[] values) {
    ChangeDetector detector = d.get();
    List<DetectorSignal> out = new ArrayList<>();
    for (double v : values) {
      out.add(detector.update(v));
    }
    return out;
  }
}
