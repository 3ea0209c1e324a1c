package dev.vigil.stats.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.estimate.EstimatedConfusion;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.IsotonicCalibrator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round trips and committed version-1 fixtures of the calibrator and the expected confusion. */
class EstimateCodecTest {

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = EstimateCodecTest.class.getResourceAsStream("/codec/" + name)) {
      if (in == null) {
        throw new IllegalStateException("codec/" + name + " missing from test resources");
      }
      return in.readAllBytes();
    }
  }

  @Test
  void calibratorFixtureDecodesToItsKnots() throws IOException {
    byte[] bytes = fixture("calibrator.v1.bin");
    assertEquals(SummaryType.CALIBRATOR, SummaryCodec.typeOf(bytes));
    IsotonicCalibrator c = SummaryCodec.decodeCalibrator(bytes);
    assertArrayEquals(new double[] {0.1, 0.5, 0.9}, c.knotScores());
    assertArrayEquals(new double[] {0, 0.25, 1}, c.knotValues());
    assertEquals(0.125, c.calibrate(0.3), 1e-15);
    assertEquals(1.0, c.calibrate(2.0));
  }

  @Test
  void exactFixtureDecodesToItsSums() throws IOException {
    EstimatedConfusion w = SummaryCodec.decodeEstimatedConfusion(fixture("estimated-exact.v1.bin"));
    assertEquals(101, w.count());
    assertEquals(51, w.predictedPositive());
    assertEquals(38.25, w.expected().truePositive(), 1e-12); // Σ_{i=50..100} i/100
    assertEquals(12.25, w.expected().falseNegative(), 1e-12); // Σ_{i=0..49} i/100
    assertTrue(w.ranking().isExact());
    assertEquals(w.estimate(EstimatedMetric.ACCURACY), (38.25 + 50 - 12.25) / 101, 1e-12);
  }

  @Test
  void binnedFixtureDecodesToItsBins() throws IOException {
    EstimatedConfusion w =
        SummaryCodec.decodeEstimatedConfusion(fixture("estimated-binned.v1.bin"));
    assertEquals(5000, w.count());
    assertFalse(w.ranking().isExact());
    long[] counts = w.ranking().binCounts();
    double[] sums = w.ranking().binSums();
    for (int b = 0; b < 1000; b++) {
      assertEquals(5, counts[b]);
      assertEquals(5 * (b / 1000.0 + 0.0005), sums[b], 1e-12);
    }
  }

  @Test
  void fixturesAreWhatTheGeneratorWritesToday() throws IOException {
    assertArrayEquals(
        fixture("calibrator.v1.bin"), SummaryCodec.encode(EstimateFixtureGenerator.calibrator()));
    assertArrayEquals(
        fixture("estimated-exact.v1.bin"),
        SummaryCodec.encode(EstimateFixtureGenerator.exactWindow()));
    assertArrayEquals(
        fixture("estimated-binned.v1.bin"),
        SummaryCodec.encode(EstimateFixtureGenerator.binnedWindow()));
  }

  @Test
  void restoredWindowContinuesExactlyAsIfUninterrupted() {
    Random random = new Random(5);
    for (int size : new int[] {10, 3000, 9000}) {
      double[] scores = new double[size];
      Arrays.setAll(scores, i -> random.nextDouble());
      IsotonicCalibrator calibrator =
          IsotonicCalibrator.ofKnots(new double[] {0.2, 0.7}, new double[] {0.1, 0.8});
      int half = size / 2;
      EstimatedConfusion first =
          EstimatedConfusion.of(0.5, Arrays.copyOfRange(scores, 0, half), calibrator);
      EstimatedConfusion second =
          EstimatedConfusion.of(0.5, Arrays.copyOfRange(scores, half, size), calibrator);
      EstimatedConfusion restored =
          SummaryCodec.decodeEstimatedConfusion(SummaryCodec.encode(first));
      EstimatedConfusion resumed = restored.merge(second);
      EstimatedConfusion uninterrupted = first.merge(second);
      assertArrayEquals(SummaryCodec.encode(uninterrupted), SummaryCodec.encode(resumed));
      IsotonicCalibrator back = SummaryCodec.decodeCalibrator(SummaryCodec.encode(calibrator));
      assertEquals(calibrator, back);
    }
  }

  @Test
  void corruptBodiesAreRejected() {
    byte[] bytes = SummaryCodec.encode(EstimateFixtureGenerator.exactWindow());
    assertThrows(
        IllegalArgumentException.class,
        () -> SummaryCodec.decodeEstimatedConfusion(Arrays.copyOf(bytes, bytes.length - 3)));
    assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeCalibrator(bytes));
    byte[] wrongCount = bytes.clone();
    wrongCount[4 + 8] = 7; // count no longer matches the ranking
    assertThrows(
        IllegalArgumentException.class, () -> SummaryCodec.decodeEstimatedConfusion(wrongCount));
  }
}
