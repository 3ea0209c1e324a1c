package dev.vigil.stats.summary;

import static dev.vigil.stats.summary.NumericAssertions.assertDescribes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NumericSummaryTest {

  @Test
  void emptySummaryHasNoStatistics() {
    NumericSummary empty = new NumericRecorder().summary();
    assertEquals(0, empty.count());
    assertTrue(Double.isNaN(empty.mean()));
    assertTrue(Double.isNaN(empty.min()));
    assertTrue(Double.isNaN(empty.variance()));
    assertTrue(Double.isNaN(empty.quantile(0.5)));
    assertTrue(Double.isNaN(empty.cdf(0)));
    assertTrue(empty.isExact());
    assertEquals(0, empty.sortedValues().get().length);
  }

  @Test
  void allMissingCountsOnlyMissing() {
    NumericRecorder recorder = new NumericRecorder();
    recorder.record(new double[] {Double.NaN, Double.NaN});
    recorder.recordMissing();
    NumericSummary summary = recorder.summary();
    assertEquals(3, summary.missing());
    assertEquals(0, summary.count());
    assertEquals(0, summary.nonFinite());
  }

  @Test
  void infinitiesAreCountedButKeptOutOfStatistics() {
    NumericSummary summary =
        NumericSummary.of(1, Double.POSITIVE_INFINITY, 3, Double.NEGATIVE_INFINITY);
    assertEquals(2, summary.count());
    assertEquals(2, summary.nonFinite());
    assertEquals(1, summary.min());
    assertEquals(3, summary.max());
    assertEquals(2, summary.mean());
    assertEquals(1, summary.variance());
    assertEquals(2, summary.sampleVariance());
  }

  @Test
  void negativeZeroIsRecordedAsZero() {
    NumericSummary summary = NumericSummary.of(-0.0, 0.0, -0.0);
    assertArrayEquals(new double[] {0.0, 0.0, 0.0}, summary.sortedValues().get());
    assertEquals(new ValueCounts(new double[] {0.0}, new long[] {3}), summary.valueCounts().get());
    assertEquals(0, Double.doubleToRawLongBits(summary.min()));
    // Past the exact limit the distinct counter sees the two zeros as one value.
    double[] zeros = IntStream.range(0, 5000).mapToDouble(i -> i % 2 == 0 ? -0.0 : 0.0).toArray();
    assertEquals(
        new ValueCounts(new double[] {0.0}, new long[] {5000}),
        NumericSummary.of(zeros).valueCounts().get());
  }

  @Test
  void exactValuesAreKeptUpToTheLimitAndDroppedBeyond() {
    double[] values = IntStream.range(0, 4097).mapToDouble(i -> i * 0.5).toArray();
    NumericSummary atLimit = NumericData.summarize(values, 0, NumericSummary.EXACT_LIMIT);
    assertEquals(NumericSummary.EXACT_LIMIT, atLimit.sortedValues().get().length);
    assertTrue(atLimit.isExact());
    NumericSummary beyond = NumericData.summarize(values, 0, values.length);
    assertFalse(beyond.sortedValues().isPresent());
    assertFalse(beyond.valueCounts().isPresent());
    assertTrue(beyond.sketchBytes().isPresent());
    assertEquals(0.0133, beyond.rankError(), 0.0005);
    assertDescribes(values, beyond);
    assertEquals(1024.0, beyond.mean());
  }

  @Test
  void fewDistinctValuesStayExactAtAnyCount() {
    double[] values = IntStream.range(0, 50_000).mapToDouble(i -> i % 11).toArray();
    NumericSummary summary = NumericSummary.of(values);
    assertFalse(summary.sortedValues().isPresent());
    assertEquals(11, summary.valueCounts().get().size());
    assertTrue(summary.isExact());
    assertFalse(summary.sketchBytes().isPresent());
    assertDescribes(values, summary);
  }

  @Test
  void distinctCountsAreDroppedOneBeyondTheLimit() {
    double[] limit = IntStream.range(0, 10_000).mapToDouble(i -> i % 128).toArray();
    assertEquals(128, NumericSummary.of(limit).valueCounts().get().size());
    double[] beyond = IntStream.range(0, 10_000).mapToDouble(i -> i % 129).toArray();
    NumericSummary summary = NumericSummary.of(beyond);
    assertFalse(summary.valueCounts().isPresent());
    assertDescribes(beyond, summary);
    // Exact summaries keep the values whatever their number of distinct values.
    double[] small = IntStream.range(0, 200).mapToDouble(i -> i).toArray();
    assertFalse(NumericSummary.of(small).valueCounts().isPresent());
    assertEquals(200, NumericSummary.of(small).sortedValues().get().length);
  }

  @Test
  void distinctValuesFirstCountedThenSketchedKeepEveryValue() {
    // 8000 values of 5 levels, then a burst of new values: the sketch is seeded from the counts.
    double[] values = new double[20_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i < 8000 ? i % 5 : i;
    }
    NumericSummary summary = NumericSummary.of(values);
    assertTrue(summary.sketchBytes().isPresent());
    assertDescribes(values, summary);
  }

  @Test
  void recorderKeepsRecordingAfterASummary() {
    NumericRecorder recorder = new NumericRecorder();
    double[] values = NumericData.column(7, 30_000, 1);
    for (int i = 0; i < values.length; i++) {
      recorder.record(values[i]);
      if (i == 2000 || i == 9000) {
        assertDescribes(java.util.Arrays.copyOf(values, i + 1), recorder.summary());
      }
    }
    assertDescribes(values, recorder.summary());
    assertEquals(30_000, recorder.count());
  }

  @Test
  void quantileOutsideTheUnitIntervalIsRejected() {
    NumericSummary summary = NumericSummary.of(1, 2);
    assertThrows(IllegalArgumentException.class, () -> summary.quantile(1.5));
    assertThrows(IllegalArgumentException.class, () -> summary.quantile(Double.NaN));
  }

  @Test
  void momentsSurviveHugeValuesAndLargeOffsets() {
    NumericSummary huge = NumericSummary.of(1e308, 1e308, 1e308);
    assertEquals(1e308, huge.mean());
    double[] offset = IntStream.range(0, 9000).mapToDouble(i -> 1e9 + (i % 3)).toArray();
    NumericSummary summary = NumericSummary.of(offset);
    assertEquals(2.0 / 3.0, summary.variance(), 1e-9);
  }

  @Test
  void fromPartsRejectsInconsistentParts() {
    Moments two = new Moments(2, 1.5, 0.5, 1, 2);
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericSummary.fromParts(0, 0, two, new double[] {2, 1}, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericSummary.fromParts(0, 0, two, new double[] {1}, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericSummary.fromParts(-1, 0, two, new double[] {1, 2}, null, null));
    ValueCounts counts = new ValueCounts(new double[] {1, 2}, new long[] {1, 1});
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericSummary.fromParts(0, 0, two, null, counts, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> NumericSummary.fromParts(0, 0, two, null, null, new byte[] {1, 2, 3}));
    assertEquals(2, NumericSummary.fromParts(0, 0, two, new double[] {1, 2}, null, null).count());
  }
}
