package dev.vigil.stats.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads reference/detectors_a_cases.json (written by tools/reference/detectors_a_reference.py): the
 * committed streams and, per run of a River detector over one of them, the updates where River
 * warned and detected a change.
 */
final class DetectorsAReference {

  /** One committed stream. */
  record Stream(String name, boolean errors, double[] values) {}

  /** River's signals for one detector with one parameter set over one stream. */
  record Run(
      String stream,
      DetectorMethod method,
      DetectorParameters parameters,
      List<Integer> warnings,
      List<Integer> drifts) {
    @Override
    public String toString() {
      return method.id() + " " + parameters.values() + " on " + stream;
    }
  }

  private static JsonNode root;

  private DetectorsAReference() {}

  private static synchronized JsonNode root() {
    if (root == null) {
      try (InputStream in =
          DetectorsAReference.class.getResourceAsStream("/reference/detectors_a_cases.json")) {
        root = JsonMapper.builder().build().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  static Map<String, Stream> streams() {
    Map<String, Stream> streams = new LinkedHashMap<>();
    for (JsonNode s : root().get("streams")) {
      String name = s.get("name").asText();
      boolean errors = s.get("kind").asText().equals("errors");
      double[] values;
      if (errors) {
        String bits = s.get("bits").asText();
        values = new double[bits.length()];
        for (int i = 0; i < values.length; i++) {
          values[i] = bits.charAt(i) - '0';
        }
      } else {
        JsonNode v = s.get("values");
        values = new double[v.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = v.get(i).asDouble();
        }
      }
      streams.put(name, new Stream(name, errors, values));
    }
    return streams;
  }

  static List<Run> runs() {
    List<Run> runs = new ArrayList<>();
    for (JsonNode r : root().get("runs")) {
      Map<String, Double> params = new TreeMap<>();
      r.get("params")
          .fields()
          .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asDouble()));
      runs.add(
          new Run(
              r.get("stream").asText(),
              DetectorMethod.fromId(r.get("method").asText()),
              new DetectorParameters(params),
              indices(r.get("warnings")),
              indices(r.get("drifts"))));
    }
    return runs;
  }

  /** Expands inclusive [first, last] runs into indices. */
  private static List<Integer> indices(JsonNode runs) {
    List<Integer> out = new ArrayList<>();
    for (JsonNode run : runs) {
      for (int i = run.get(0).asInt(); i <= run.get(1).asInt(); i++) {
        out.add(i);
      }
    }
    return out;
  }

  /** A fresh detector of this fixture's methods. */
  static ChangeDetector create(DetectorMethod method, DetectorParameters parameters) {
    return switch (method) {
      case PAGE_HINKLEY -> PageHinkley.of(parameters);
      case DDM -> Ddm.of(parameters);
      case EDDM -> Eddm.of(parameters);
      case HDDM_A -> HddmA.of(parameters);
      case HDDM_W -> HddmW.of(parameters);
      default -> throw new IllegalArgumentException("not in this fixture: " + method);
    };
  }
}
