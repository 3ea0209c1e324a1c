package dev.vigil.app.detect;

import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorSignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A detector run over a whole stream: the 0-based indices where it warned and where it detected a
 * change. Missing values (NaN) are skipped and take no index, so indices count the values fed.
 */
public record DetectionRun(int values, int skipped, List<Integer> warnings, List<Integer> drifts) {

  public DetectionRun {
    warnings = List.copyOf(warnings);
    drifts = List.copyOf(drifts);
  }

  public static DetectionRun of(ChangeDetector detector, double[] stream) {
    List<Integer> warnings = new ArrayList<>();
    List<Integer> drifts = new ArrayList<>();
    int index = 0;
    int skipped = 0;
    for (double value : stream) {
      if (Double.isNaN(value)) {
        skipped++;
        continue;
      }
      DetectorSignal signal = update(detector, value, index, skipped);
      if (signal == DetectorSignal.WARNING) {
        warnings.add(index);
      } else if (signal == DetectorSignal.DRIFT) {
        drifts.add(index);
      }
      index++;
    }
    return new DetectionRun(index, skipped, warnings, drifts);
  }

  private static DetectorSignal update(
      ChangeDetector detector, double value, int index, int skipped) {
    try {
      return detector.update(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "value " + (index + skipped + 1) + " of the stream (" + value + "): " + e.getMessage(),
          e);
    }
  }

  /** The run as the command prints it; field order is stable. */
  public Map<String, Object> toJson(ChangeDetector detector, String input, String column) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("method", detector.method().id());
    json.put("parameters", new TreeMap<>(detector.parameters().values()));
    json.put("input", input);
    json.put("column", column);
    json.put("values", values);
    json.put("skipped_blank", skipped);
    json.put("warnings", warnings);
    json.put("drifts", drifts);
    return json;
  }
}
