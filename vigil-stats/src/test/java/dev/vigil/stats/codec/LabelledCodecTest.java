package dev.vigil.stats.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.metrics.CalibrationBins;
import dev.vigil.stats.metrics.LabelledRecorder;
import dev.vigil.stats.metrics.LabelledSummary;
import dev.vigil.stats.metrics.ScoreHistogram;
import dev.vigil.stats.metrics.ScorePairs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LabelledCodecTest {

  // Body offsets (after the 4-byte header) of the version-1 layout.
  private static final int TRUE_POSITIVES = 12;
  private static final int LOG_LOSS_SUM = 44;
  private static final int FORM = 428;
  private static final int PAIR_COUNT = 429;
  private static final int PAIR_SCORES = 433;

  /** Rows with scores on a grid of {@code levels} values (ties) or spread out. */
  static LabelledSummary labelled(long seed, int size, int levels, double threshold) {
    SplittableRandom random = new SplittableRandom(seed);
    LabelledRecorder recorder = new LabelledRecorder(threshold);
    for (int i = 0; i < size; i++) {
      double u = random.nextDouble();
      int label = random.nextDouble() < u ? 1 : 0;
      recorder.record(levels == 0 ? u : Math.floor(u * levels) / levels, label);
    }
    return recorder.summary();
  }

  /** Every field identical, bit for bit, and re-encoding gives the same bytes. */
  static void assertSameLabelled(LabelledSummary expected, LabelledSummary actual) {
    assertEquals(expected.threshold(), actual.threshold());
    assertEquals(expected.confusion(), actual.confusion());
    assertEquals(expected.losses(), actual.losses());
    CalibrationBins e = expected.calibrationBins();
    CalibrationBins a = actual.calibrationBins();
    assertArrayEquals(e.counts(), a.counts());
    assertArrayEquals(e.scoreSums(), a.scoreSums());
    assertArrayEquals(e.labelSums(), a.labelSums());
    assertEquals(expected.ranking().getClass(), actual.ranking().getClass());
    if (expected.ranking() instanceof ScorePairs pairs) {
      assertArrayEquals(pairs.scores(), ((ScorePairs) actual.ranking()).scores());
      assertArrayEquals(pairs.labels(), ((ScorePairs) actual.ranking()).labels());
    } else {
      ScoreHistogram histogram = (ScoreHistogram) expected.ranking();
      assertArrayEquals(histogram.positives(), ((ScoreHistogram) actual.ranking()).positives());
      assertArrayEquals(histogram.negatives(), ((ScoreHistogram) actual.ranking()).negatives());
    }
    assertArrayEquals(SummaryCodec.encode(expected), SummaryCodec.encode(actual));
  }

  @Property(tries = 80)
  void roundTrips(
      @ForAll long seed,
      @ForAll @IntRange(max = 9000) int size,
      @ForAll @IntRange(max = 50) int levels,
      @ForAll @IntRange(max = 100) int thresholdPercent) {
    LabelledSummary summary = labelled(seed, size, levels, thresholdPercent / 100.0);
    byte[] bytes = SummaryCodec.encode(summary);
    assertEquals(SummaryType.LABELLED, SummaryCodec.typeOf(bytes));
    LabelledSummary decoded = SummaryCodec.decodeLabelled(bytes);
    assertEquals(size <= LabelledSummary.EXACT_LIMIT, decoded.ranking().exact());
    assertSameLabelled(summary, decoded);
  }

  private static IllegalArgumentException rejected(byte[] bytes) {
    return assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeLabelled(bytes));
  }

  private static String message(byte[] bytes) {
    return rejected(bytes).getMessage();
  }

  @Test
  void rejectsEveryTruncationAndTrailingBytes() {
    for (int size : new int[] {0, 30, 5000}) {
      byte[] bytes = SummaryCodec.encode(labelled(size, size, 10, 0.5));
      for (int length = 0; length < bytes.length; length++) {
        rejected(Arrays.copyOf(bytes, length));
      }
      assertTrue(message(Arrays.copyOf(bytes, bytes.length + 1)).contains("trailing"));
    }
    byte[] numeric = SummaryCodec.encode(dev.vigil.stats.summary.NumericSummary.of(1, 2));
    assertTrue(message(numeric).contains("expected a labelled (4) summary, got numeric (1)"));
  }

  @Test
  void rejectsBodiesThatBreakInvariants() {
    byte[] good = SummaryCodec.encode(labelled(7, 30, 0, 0.5));
    assertTrue(message(edit(good, b -> b[TRUE_POSITIVES]++)).contains("disagree with confusion"));
    assertTrue(message(edit(good, b -> putLong(b, TRUE_POSITIVES, -1))).contains("negative"));
    assertTrue(message(edit(good, b -> putDouble(b, 4, 1.5))).contains("threshold"));
    assertTrue(message(edit(good, b -> putDouble(b, LOG_LOSS_SUM, Double.NaN))).contains("NaN"));
    assertTrue(message(edit(good, b -> b[FORM] = 5)).contains("form"));
    assertTrue(message(edit(good, b -> b[PAIR_COUNT + 1] = 0x10)).contains("pair count"));
    int firstLabel = PAIR_SCORES + 8 * 30;
    assertTrue(message(edit(good, b -> b[firstLabel] = 2)).contains("label"));
    assertTrue(message(edit(good, b -> putDouble(b, PAIR_SCORES, 0.999))).contains("sorted"));
  }

  @Test
  void negativeZeroThresholdDecodesAsZero() {
    byte[] bytes = SummaryCodec.encode(labelled(3, 10, 0, 0.0));
    LabelledSummary decoded = SummaryCodec.decodeLabelled(edit(bytes, b -> putDouble(b, 4, -0.0)));
    assertEquals(0.0, decoded.threshold());
    assertEquals(10, decoded.merge(LabelledSummary.empty(0.0)).count());
  }

  private static void putLong(byte[] bytes, int offset, long value) {
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(offset, value);
  }

  private static void putDouble(byte[] bytes, int offset, double value) {
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putDouble(offset, value);
  }

  private static byte[] edit(byte[] bytes, Consumer<byte[]> change) {
    byte[] copy = bytes.clone();
    change.accept(copy);
    return copy;
  }
}
