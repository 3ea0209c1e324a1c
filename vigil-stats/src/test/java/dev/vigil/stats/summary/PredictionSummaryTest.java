package dev.vigil.stats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.stats.SketchRandomness;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PredictionSummaryTest {

  @Test
  void countsPredictedClassesAtTheThreshold() {
    PredictionRecorder recorder = new PredictionRecorder(0.5);
    for (double score : new double[] {0.0, 0.49, 0.5, 0.51, 1.0}) {
      recorder.record(score);
    }
    PredictionSummary summary = recorder.summary();
    assertEquals(3, summary.predictedPositive());
    assertEquals(2, summary.predictedNegative());
    assertEquals(5, summary.scores().count());
    assertEquals(0.5, summary.threshold());
  }

  @Test
  void rejectsScoresOutsideTheUnitInterval() {
    PredictionRecorder recorder = new PredictionRecorder(0.5);
    for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> recorder.record(bad));
    }
    assertThrows(IllegalArgumentException.class, () -> new PredictionRecorder(1.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PredictionSummary(0.5, NumericSummary.of(0.2, 2.0), 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PredictionSummary(0.5, NumericSummary.of(0.2, Double.NaN), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PredictionSummary(0.5, NumericSummary.of(0.2), 2));
  }

  @Test
  void mergingDifferentThresholdsIsRejected() {
    PredictionSummary a = PredictionSummary.empty(0.5);
    PredictionSummary b = PredictionSummary.empty(0.6);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.merge(b));
    assertEquals("threshold: cannot merge summaries at 0.5 and 0.6", e.getMessage());
  }

  @Property(tries = 60)
  void mergingThePartsGivesTheSummaryOfTheWhole(
      @ForAll long seed,
      @ForAll @IntRange(max = 10_000) int size,
      @ForAll @DoubleRange(min = 0, max = 1) double threshold,
      @ForAll @IntRange(max = 100) int cut) {
    SketchRandomness.seed(seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    double[] scores = new double[size];
    long positives = 0;
    for (int i = 0; i < size; i++) {
      scores[i] =
          random.nextInt(3) == 0 ? Math.rint(random.nextDouble() * 10) / 10 : random.nextDouble();
      positives += scores[i] >= threshold ? 1 : 0;
    }
    int a = size * cut / 100;
    PredictionSummary merged =
        record(scores, 0, a, threshold)
            .merge(PredictionSummary.empty(threshold))
            .merge(record(scores, a, size, threshold));
    assertEquals(positives, merged.predictedPositive());
    assertEquals(size - positives, merged.predictedNegative());
    NumericAssertions.assertDescribes(scores, merged.scores());
  }

  private static PredictionSummary record(double[] scores, int from, int to, double threshold) {
    PredictionRecorder recorder = new PredictionRecorder(threshold);
    for (int i = from; i < to; i++) {
      recorder.record(scores[i]);
    }
    return recorder.summary();
  }
}
