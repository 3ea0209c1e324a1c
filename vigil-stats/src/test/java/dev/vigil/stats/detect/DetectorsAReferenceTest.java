package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Page-Hinkley, DDM, EDDM, HDDM_A and HDDM_W warn and detect at exactly the updates where River
 * 0.26.1 does, on every committed stream and parameter set.
 */
class DetectorsAReferenceTest {

  private static final Map<String, DetectorsAReference.Stream> STREAMS =
      DetectorsAReference.streams();

  static Stream<DetectorsAReference.Run> runs() {
    return DetectorsAReference.runs().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void matchesRiver(DetectorsAReference.Run run) {
    double[] values = STREAMS.get(run.stream()).values();
    ChangeDetector detector = DetectorsAReference.create(run.method(), run.parameters());
    List<Integer> warnings = new ArrayList<>();
    List<Integer> drifts = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      DetectorSignal signal = detector.update(values[i]);
      assertEquals(signal, detector.signal());
      if (signal == DetectorSignal.WARNING) {
        warnings.add(i);
      } else if (signal == DetectorSignal.DRIFT) {
        drifts.add(i);
      }
    }
    assertEquals(run.drifts(), drifts, "drifts");
    assertEquals(run.warnings(), warnings, "warnings");
  }

  @Test
  void fixtureCoversEveryMethodWithDefaultsAndOtherParameters() {
    List<DetectorsAReference.Run> runs = DetectorsAReference.runs();
    for (DetectorMethod m :
        List.of(
            DetectorMethod.PAGE_HINKLEY,
            DetectorMethod.DDM,
            DetectorMethod.EDDM,
            DetectorMethod.HDDM_A,
            DetectorMethod.HDDM_W)) {
      long withDefaults =
          runs.stream().filter(r -> r.method() == m && r.parameters().values().isEmpty()).count();
      long withOthers =
          runs.stream().filter(r -> r.method() == m && !r.parameters().values().isEmpty()).count();
      assertTrue(withDefaults >= 5 && withOthers >= 5, m + ": " + withDefaults + "/" + withOthers);
      assertTrue(
          runs.stream().anyMatch(r -> r.method() == m && !r.drifts().isEmpty()),
          m + " never detects in the fixture");
    }
  }
}
