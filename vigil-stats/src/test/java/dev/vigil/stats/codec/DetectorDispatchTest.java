package dev.vigil.stats.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.detect.ChangeDetector;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import dev.vigil.stats.detect.DetectorSignal;
import dev.vigil.stats.summary.NumericSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Any detector saved with encodeDetector resumes through decodeDetector as if never stopped. */
class DetectorDispatchTest {

  @ParameterizedTest
  @EnumSource(DetectorMethod.class)
  void everyDetectorResumesExactlyThroughTheGenericCodec(DetectorMethod method) {
    double[] stream = stream(method, 3000);
    ChangeDetector uninterrupted = method.create(DetectorParameters.none());
    ChangeDetector saved = method.create(DetectorParameters.none());
    List<DetectorSignal> expected = new ArrayList<>();
    List<DetectorSignal> actual = new ArrayList<>();
    for (double v : stream) {
      expected.add(uninterrupted.update(v));
    }
    for (int i = 0; i < 1700; i++) {
      actual.add(saved.update(stream[i]));
    }
    ChangeDetector resumed = SummaryCodec.decodeDetector(SummaryCodec.encodeDetector(saved));
    assertEquals(method, resumed.method());
    assertEquals(saved.parameters(), resumed.parameters());
    for (int i = 1700; i < stream.length; i++) {
      actual.add(resumed.update(stream[i]));
    }
    assertEquals(expected, actual);
    assertTrue(expected.contains(DetectorSignal.DRIFT), method.id() + " should see the change");
  }

  @Test
  void bytesOfASummaryAreNotADetector() {
    byte[] numeric = SummaryCodec.encode(NumericSummary.of(1, 2, 3));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeDetector(numeric));
    assertTrue(e.getMessage().contains("not a change detector"), e.getMessage());
  }

  /** A change at 1500: the error rate or the mean jumps. */
  private static double[] stream(DetectorMethod method, int n) {
    SplittableRandom random = new SplittableRandom(17);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      boolean after = i >= 1500;
      values[i] =
          method.errorStream()
              ? (random.nextDouble() < (after ? 0.6 : 0.1) ? 1 : 0)
              : random.nextGaussian() + (after ? 4 : 0);
    }
    return values;
  }
}
