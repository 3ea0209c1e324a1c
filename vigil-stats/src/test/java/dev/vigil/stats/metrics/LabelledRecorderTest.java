package dev.vigil.stats.metrics;

import static dev.vigil.stats.metrics.SummaryAssertions.assertSameSummary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledRecorderTest {

  @ParameterizedTest
  @ValueSource(
      doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1e-9, 1.0000001})
  void rejectsScoresOutsideTheUnitInterval(double score) {
    LabelledRecorder recorder = new LabelledRecorder();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> recorder.record(score, 1));
    assertTrue(e.getMessage().startsWith("score:"), e.getMessage());
    assertEquals(0, recorder.summary().count());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 2, 255})
  void rejectsLabelsOtherThanZeroAndOne(int label) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new LabelledRecorder().record(0.5, label));
    assertTrue(e.getMessage().startsWith("label:"), e.getMessage());
  }

  @Test
  void rejectsThresholdsOutsideTheUnitInterval() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LabelledRecorder(Double.NaN));
    assertTrue(e.getMessage().startsWith("threshold:"), e.getMessage());
  }

  @Test
  void keepsExactPairsUpToTheLimitThenSwitchesToTheHistogram() {
    LabelledRecorder recorder = new LabelledRecorder();
    for (int i = 0; i < LabelledSummary.EXACT_LIMIT; i++) {
      recorder.record((i % 997) / 997.0, i % 3 == 0 ? 1 : 0);
    }
    LabelledSummary atLimit = recorder.summary();
    assertInstanceOf(ScorePairs.class, atLimit.ranking());
    recorder.record(1.0, 1);
    LabelledSummary beyond = recorder.summary();
    assertInstanceOf(ScoreHistogram.class, beyond.ranking());
    assertEquals(LabelledSummary.EXACT_LIMIT + 1, beyond.ranking().count());
    assertEquals(1, ((ScoreHistogram) beyond.ranking()).positives()[999] - countAt999(atLimit));
  }

  private static long countAt999(LabelledSummary summary) {
    return summary.ranking().toHistogram().positives()[999];
  }

  @Test
  void predictsPositiveAtTheThresholdItself() {
    LabelledRecorder recorder = new LabelledRecorder(0.3);
    recorder.record(0.3, 1);
    recorder.record(0.3, 0);
    recorder.record(0.29999999, 1);
    assertEquals(new ConfusionCounts(1, 1, 0, 1), recorder.summary().confusion());
  }

  @Test
  void negativeZeroIsTheSameScoreAsZero() {
    LabelledRecorder a = new LabelledRecorder();
    a.record(-0.0, 1);
    LabelledRecorder b = new LabelledRecorder();
    b.record(0.0, 1);
    assertSameSummary(a.summary(), b.summary());
  }

  @Test
  void mergingDifferentThresholdsIsAnError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LabelledSummary.empty(0.5).merge(LabelledSummary.empty(0.4)));
    assertTrue(e.getMessage().startsWith("threshold:"), e.getMessage());
  }

  @Test
  void summaryRebuiltFromItsStateIsTheSame() {
    for (int size : new int[] {0, 100, 5000}) {
      LabelledSummary s = LabelledRows.generate(size, size).summarize(0.4, 0, size);
      CalibrationBins bins = s.calibrationBins();
      ScoreRanking ranking =
          s.ranking() instanceof ScorePairs p
              ? ScorePairs.ofSorted(p.scores(), p.labels())
              : ScoreHistogram.of(
                  ((ScoreHistogram) s.ranking()).positives(),
                  ((ScoreHistogram) s.ranking()).negatives());
      LabelledSummary rebuilt =
          LabelledSummary.of(
              s.threshold(),
              s.confusion(),
              s.losses(),
              CalibrationBins.of(bins.counts(), bins.scoreSums(), bins.labelSums()),
              ranking);
      assertEquals(ClassificationMetrics.of(s), ClassificationMetrics.of(rebuilt));
    }
  }

  @Test
  void stateFactoryRejectsInconsistentParts() {
    LabelledSummary s = LabelledRows.generate(1, 50).summarize(0.5, 0, 50);
    ConfusionCounts oneMore = s.confusion().plus(new ConfusionCounts(1, 0, 0, 0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LabelledSummary.of(0.5, oneMore, s.losses(), s.calibrationBins(), s.ranking()));
    assertTrue(e.getMessage().startsWith("calibrationBins:"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LabelledSummary.of(
                0.5, s.confusion(), s.losses(), s.calibrationBins(), s.ranking().toHistogram()));
    assertThrows(
        IllegalArgumentException.class,
        () -> ScorePairs.ofSorted(new double[] {0.6, 0.2}, new byte[] {0, 1}));
  }
}
