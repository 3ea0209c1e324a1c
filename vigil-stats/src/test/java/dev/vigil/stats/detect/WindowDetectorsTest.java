package dev.vigil.stats.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.codec.SummaryCodec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parameters, reset and save/restore of ADWIN, KSWIN, IKS and the mean-variance-shift test. */
class WindowDetectorsTest {

  /** Each detector with a function that saves it through the codec and restores it. */
  static Stream<Arguments> detectors() {
    return Stream.of(
        Arguments.of(
            "adwin",
            (Supplier<ChangeDetector>) () -> Adwin.of(DetectorParameters.none()),
            (Function<ChangeDetector, ChangeDetector>)
                d ->
                    Adwin.restore(
                        SummaryCodec.decodeAdwin(SummaryCodec.encode(((Adwin) d).state())))),
        Arguments.of(
            "kswin",
            (Supplier<ChangeDetector>) () -> Kswin.of(DetectorParameters.none()),
            (Function<ChangeDetector, ChangeDetector>)
                d ->
                    Kswin.restore(
                        SummaryCodec.decodeKswin(SummaryCodec.encode(((Kswin) d).state())))),
        Arguments.of(
            "iks",
            (Supplier<ChangeDetector>) () -> Iks.of(DetectorParameters.none()),
            (Function<ChangeDetector, ChangeDetector>)
                d -> Iks.restore(SummaryCodec.decodeIks(SummaryCodec.encode(((Iks) d).state())))),
        Arguments.of(
            "mean-variance-shift",
            (Supplier<ChangeDetector>) () -> MeanVarianceShift.of(DetectorParameters.none()),
            (Function<ChangeDetector, ChangeDetector>)
                d ->
                    MeanVarianceShift.restore(
                        SummaryCodec.decodeMeanVarianceShift(
                            SummaryCodec.encode(((MeanVarianceShift) d).state())))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectors")
  void restoringAtAnyPointContinuesExactly(
      String name, Supplier<ChangeDetector> fresh, Function<ChangeDetector, ChangeDetector> saved) {
    for (String stream : List.of("abrupt", "churn_score", "ties")) {
      double[] values = DetectorsBCases.stream(stream);
      List<DetectorSignal> uninterrupted = DetectorsBCases.signals(fresh, values);
      assertTrue(uninterrupted.contains(DetectorSignal.DRIFT), name + " detects on " + stream);
      for (int cut : new int[] {0, 1, 57, values.length / 2, firstDrift(uninterrupted) + 1}) {
        ChangeDetector d = fresh.get();
        for (int i = 0; i < cut; i++) {
          d.update(values[i]);
        }
        ChangeDetector restored = saved.apply(d);
        assertEquals(d.signal(), restored.signal());
        assertEquals(d.parameters(), restored.parameters());
        for (int i = cut; i < values.length; i++) {
          assertEquals(
              uninterrupted.get(i), restored.update(values[i]), name + " " + stream + " " + i);
        }
      }
    }
  }

  private static int firstDrift(List<DetectorSignal> signals) {
    return signals.indexOf(DetectorSignal.DRIFT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectors")
  void resetForgetsEverythingButTheParameters(
      String name, Supplier<ChangeDetector> fresh, Function<ChangeDetector, ChangeDetector> saved) {
    double[] values = DetectorsBCases.stream("abrupt");
    ChangeDetector d = fresh.get();
    for (int i = 0; i < 1500; i++) {
      d.update(values[values.length - 1 - i]);
    }
    d.reset();
    assertEquals(DetectorSignal.NONE, d.signal());
    assertEquals(DetectorsBCases.signals(fresh, values), DetectorsBCases.signals(() -> d, values));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectors")
  void nonFiniteValuesAreRejected(
      String name, Supplier<ChangeDetector> fresh, Function<ChangeDetector, ChangeDetector> saved) {
    ChangeDetector d = fresh.get();
    assertThrows(IllegalArgumentException.class, () -> d.update(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> d.update(Double.POSITIVE_INFINITY));
  }

  @Test
  void defaultsAreRiversAndVigilsDocumentedOnes() {
    assertEquals(
        Map.of(
            "delta", 0.002,
            "clock", 32.0,
            "max_buckets", 5.0,
            "min_window_length", 5.0,
            "grace_period", 10.0),
        Adwin.of(DetectorParameters.none()).parameters().values());
    assertEquals(
        Map.of("alpha", 0.005, "window_size", 100.0, "stat_size", 30.0, "seed", 42.0),
        Kswin.of(DetectorParameters.none()).parameters().values());
    assertEquals(Iks.DEFAULTS, Iks.of(DetectorParameters.none()).parameters().values());
    assertEquals(1.9495, Iks.criticalValue(0.001), 1e-4);
    assertEquals(
        MeanVarianceShift.DEFAULTS,
        MeanVarianceShift.of(DetectorParameters.none()).parameters().values());
    assertEquals(
        0.01, Adwin.of(parse("delta=0.01")).parameters().get("delta", 0), "override is kept");
  }

  @Test
  void invalidParametersAreRejectedNamingThem() {
    assertMessage("delta", () -> Adwin.of(parse("delta=1.5")));
    assertMessage("clock", () -> Adwin.of(parse("clock=0")));
    assertMessage("max_buckets", () -> Adwin.of(parse("max_buckets=2.5")));
    assertMessage("grace_period", () -> Adwin.of(parse("grace_period=-1")));
    assertMessage("threshold", () -> Adwin.of(parse("threshold=3")));
    assertMessage("stat_size", () -> Kswin.of(parse("stat_size=100")));
    assertMessage("alpha", () -> Kswin.of(parse("alpha=0")));
    assertMessage("seed", () -> Kswin.of(parse("seed=0.5")));
    assertMessage("window_size", () -> Iks.of(parse("window_size=0")));
    assertMessage("alpha", () -> Iks.of(parse("alpha=1")));
    assertMessage("window_size", () -> MeanVarianceShift.of(parse("window_size=2")));
    assertMessage("delta", () -> MeanVarianceShift.of(parse("delta=0.1")));
  }

  private static DetectorParameters parse(String pair) {
    return DetectorParameters.parse(List.of(pair));
  }

  private static void assertMessage(String name, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Test
  void kswinSeedChangesTheDraws() {
    double[] values = DetectorsBCases.stream("no_change");
    Kswin a = Kswin.of(parse("seed=1"));
    Kswin b = Kswin.of(parse("seed=2"));
    boolean differ = false;
    for (int i = 0; i < 300; i++) {
      a.update(values[i]);
      b.update(values[i]);
      differ |= a.pValue() != b.pValue();
    }
    assertTrue(differ);
    assertNotEquals(0.0, a.pValue());
  }
}
