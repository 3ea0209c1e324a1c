package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ADWIN and KSWIN against River 0.26.1 on the committed streams: identical signals. */
class RiverReferenceTest {

  static Stream<String> streams() {
    return DetectorsBCases.streamNames().stream();
  }

  @ParameterizedTest
  @MethodSource("streams")
  void adwinMatchesRiverIdentically(String name) {
    JsonNode expected = DetectorsBCases.root().get("adwin").get(name);
    Adwin adwin = Adwin.of(DetectorParameters.none());
    List<Integer> drifts = DetectorsBCases.drifts(adwin, DetectorsBCases.stream(name));
    assertEquals(DetectorsBCases.ints(expected.get("drifts")), drifts, name);
    assertEquals(expected.get("width").asLong(), adwin.width(), name + " width");
    assertEquals(expected.get("estimation").asDouble(), adwin.estimation(), 0.0, name);
    assertEquals(expected.get("variance").asDouble(), adwin.variance(), 0.0, name);
  }

  @Test
  void referenceStreamsExerciseDetections() {
    JsonNode adwin = DetectorsBCases.root().get("adwin");
    assertFalse(adwin.get("abrupt").get("drifts").isEmpty());
    assertEquals(0, adwin.get("no_change").get("drifts").size());
  }

  @ParameterizedTest
  @MethodSource("streams")
  void kswinMatchesRiverIdenticallyWithTheSameSeed(String name) {
    JsonNode expected = DetectorsBCases.root().get("kswin").get(name);
    double seed = DetectorsBCases.root().get("kswin_seed").asDouble();
    Kswin kswin = Kswin.of(DetectorParameters.parse(List.of("seed=" + seed)));
    double[] values = DetectorsBCases.stream(name);
    JsonNode checks = expected.get("p_values");
    int next = 0;
    List<Integer> drifts = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (kswin.update(values[i]) == DetectorSignal.DRIFT) {
        drifts.add(i);
      }
      if (next < checks.size() && checks.get(next).get(0).asInt() == i) {
        double p = checks.get(next).get(1).asDouble();
        assertEquals(p, kswin.pValue(), 1e-12 * Math.max(p, 1e-300), name + " p at " + i);
        next++;
      }
    }
    assertEquals(checks.size(), next);
    assertEquals(DetectorsBCases.ints(expected.get("drifts")), drifts, name);
  }

  @Test
  void pythonRandomSampleReproducesCPython() {
    for (JsonNode c : DetectorsBCases.root().get("python_random")) {
      PythonRandom random = PythonRandom.seeded(c.get("seed").asLong());
      for (JsonNode draw : c.get("draws")) {
        int[] expected = DetectorsBCases.ints(draw).stream().mapToInt(Integer::intValue).toArray();
        assertArrayEquals(
            expected, random.sample(c.get("n").asInt(), c.get("k").asInt()), c.toString());
      }
    }
  }
}
