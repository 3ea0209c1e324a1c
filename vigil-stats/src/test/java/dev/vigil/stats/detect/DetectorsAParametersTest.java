package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Defaults, parameter validation, input validation and reset of the five detectors. */
class DetectorsAParametersTest {

  private static final DetectorMethod[] METHODS = {
    DetectorMethod.PAGE_HINKLEY,
    DetectorMethod.DDM,
    DetectorMethod.EDDM,
    DetectorMethod.HDDM_A,
    DetectorMethod.HDDM_W
  };

  private static ChangeDetector create(DetectorMethod method, Map<String, Double> params) {
    return DetectorsAReference.create(method, new DetectorParameters(params));
  }

  @Test
  void defaultsAreRivers() {
    assertEquals(
        Map.of(
            "min_instances",
            30.0,
            "delta",
            0.005,
            "threshold",
            50.0,
            "alpha",
            1 - 0.0001,
            "mode",
            0.0),
        create(DetectorMethod.PAGE_HINKLEY, Map.of()).parameters().values());
    assertEquals(
        Map.of("warm_start", 30.0, "warning_threshold", 2.0, "drift_threshold", 3.0),
        create(DetectorMethod.DDM, Map.of()).parameters().values());
    assertEquals(
        Map.of("warm_start", 30.0, "alpha", 0.95, "beta", 0.9),
        create(DetectorMethod.EDDM, Map.of()).parameters().values());
    assertEquals(
        Map.of("drift_confidence", 0.001, "warning_confidence", 0.005, "two_sided_test", 0.0),
        create(DetectorMethod.HDDM_A, Map.of()).parameters().values());
    assertEquals(
        Map.of(
            "drift_confidence",
            0.001,
            "warning_confidence",
            0.005,
            "lambda_val",
            0.05,
            "two_sided_test",
            0.0),
        create(DetectorMethod.HDDM_W, Map.of()).parameters().values());
  }

  @Test
  void givenParametersOverrideDefaults() {
    ChangeDetector ph = create(DetectorMethod.PAGE_HINKLEY, Map.of("mode", -1.0, "delta", 0.1));
    assertEquals(-1.0, ph.parameters().get("mode", 9));
    assertEquals(0.1, ph.parameters().get("delta", 9));
    assertEquals(50.0, ph.parameters().get("threshold", 9));
    assertEquals(PageHinkley.Mode.DOWN, ((PageHinkley) ph).state().mode());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "min_instances", -1.0),
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "min_instances", 2.5),
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "delta", -0.1),
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "threshold", 0.0),
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "threshold", Double.POSITIVE_INFINITY),
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "alpha", 0.0),
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "alpha", 1.5),
        Arguments.of(DetectorMethod.PAGE_HINKLEY, "mode", 2.0),
        Arguments.of(DetectorMethod.DDM, "warm_start", -3.0),
        Arguments.of(DetectorMethod.DDM, "warning_threshold", 0.0),
        Arguments.of(DetectorMethod.DDM, "warning_threshold", 4.0),
        Arguments.of(DetectorMethod.DDM, "drift_threshold", -1.0),
        Arguments.of(DetectorMethod.EDDM, "warm_start", 1e12),
        Arguments.of(DetectorMethod.EDDM, "alpha", 1.2),
        Arguments.of(DetectorMethod.EDDM, "beta", 0.99),
        Arguments.of(DetectorMethod.EDDM, "beta", 0.0),
        Arguments.of(DetectorMethod.HDDM_A, "drift_confidence", 0.0),
        Arguments.of(DetectorMethod.HDDM_A, "warning_confidence", 1.0),
        Arguments.of(DetectorMethod.HDDM_A, "two_sided_test", 0.5),
        Arguments.of(DetectorMethod.HDDM_W, "drift_confidence", -0.1),
        Arguments.of(DetectorMethod.HDDM_W, "warning_confidence", 2.0),
        Arguments.of(DetectorMethod.HDDM_W, "lambda_val", 0.0),
        Arguments.of(DetectorMethod.HDDM_W, "lambda_val", 1.01),
        Arguments.of(DetectorMethod.HDDM_W, "two_sided_test", 2.0));
  }

  @ParameterizedTest(name = "{0} {1}={2}")
  @MethodSource("invalid")
  void rejectsInvalidValuesNamingTheParameter(DetectorMethod method, String name, double value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> create(method, Map.of(name, value)));
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Test
  void rejectsUnknownParametersNamingThem() {
    for (DetectorMethod method : METHODS) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> create(method, Map.of("window_size", 10.0)));
      assertTrue(e.getMessage().contains("window_size"), e.getMessage());
      assertTrue(e.getMessage().contains(method.id()), e.getMessage());
    }
  }

  @Test
  void errorStreamDetectorsTakeOnlyZeroAndOne() {
    for (DetectorMethod method : METHODS) {
      ChangeDetector d = create(method, Map.of());
      d.update(0);
      d.update(1);
      for (double bad : new double[] {0.5, 2, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
        if (method.errorStream() || !Double.isFinite(bad)) {
          IllegalArgumentException e =
              assertThrows(IllegalArgumentException.class, () -> d.update(bad), method + " " + bad);
          assertTrue(e.getMessage().contains("value"), e.getMessage());
        } else {
          d.update(bad);
        }
      }
    }
  }

  @Test
  void signalIsNoneBeforeAnyUpdate() {
    for (DetectorMethod method : METHODS) {
      ChangeDetector d = create(method, Map.of());
      assertEquals(DetectorSignal.NONE, d.signal());
      assertEquals(method, d.method());
    }
  }

  @Test
  void resetForgetsEverythingButTheParameters() {
    Map<String, DetectorsAReference.Stream> streams = DetectorsAReference.streams();
    for (DetectorsAReference.Run run : DetectorsAReference.runs()) {
      double[] values = streams.get(run.stream()).values();
      ChangeDetector fresh = DetectorsAReference.create(run.method(), run.parameters());
      DetectorSignal[] expected = Snapshots.signals(fresh, values, 0, values.length);
      ChangeDetector reused = DetectorsAReference.create(run.method(), run.parameters());
      DetectorParameters parameters = reused.parameters();
      Snapshots.signals(reused, values, 0, values.length / 2 + 17);
      reused.reset();
      assertEquals(DetectorSignal.NONE, reused.signal(), run.toString());
      assertEquals(parameters, reused.parameters());
      assertArrayEquals(expected, Snapshots.signals(reused, values, 0, values.length), run + "");
    }
  }

  @Test
  void pageHinkleyModesWatchTheirDirectionOnly() {
    double[] rising = new double[400];
    double[] falling = new double[400];
    for (int i = 0; i < 400; i++) {
      rising[i] = i < 200 ? 0 : 1;
      falling[i] = -rising[i];
    }
    for (PageHinkley.Mode mode : PageHinkley.Mode.values()) {
      DetectorParameters p = new DetectorParameters(Map.of("mode", (double) mode.code()));
      boolean up = detects(PageHinkley.of(p), rising);
      boolean down = detects(PageHinkley.of(p), falling);
      assertEquals(mode != PageHinkley.Mode.DOWN, up, mode + " on a rise");
      assertEquals(mode != PageHinkley.Mode.UP, down, mode + " on a fall");
    }
  }

  private static boolean detects(ChangeDetector d, double[] values) {
    for (double v : values) {
      if (d.update(v) == DetectorSignal.DRIFT) {
        return true;
      }
    }
    return false;
  }
}
