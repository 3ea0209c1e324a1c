package dev.vigil.stats.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericRecorder;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionRecorder;
import dev.vigil.stats.summary.PredictionSummary;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SummaryCodecTest {

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.integers().between(0, 12_000).withDistribution(RandomDistribution.uniform());
  }

  static NumericSummary numeric(long seed, int size, int levels) {
    SplittableRandom random = new SplittableRandom(seed);
    NumericRecorder recorder = new NumericRecorder();
    for (int i = 0; i < size; i++) {
      double u = random.nextDouble();
      recorder.record(
          u < 0.05 ? Double.NaN : u < 0.07 ? Double.NEGATIVE_INFINITY : random.nextInt(levels));
    }
    return recorder.summary();
  }

  /** Same fields, and re-encoding gives the same bytes. */
  static void assertSameNumeric(NumericSummary expected, NumericSummary actual) {
    assertEquals(expected.moments(), actual.moments());
    assertEquals(expected.missing(), actual.missing());
    assertEquals(expected.nonFinite(), actual.nonFinite());
    assertEquals(expected.valueCounts(), actual.valueCounts());
    assertEquals(expected.sortedValues().isPresent(), actual.sortedValues().isPresent());
    expected.sortedValues().ifPresent(v -> assertArrayEquals(v, actual.sortedValues().get()));
    assertEquals(expected.sketchBytes().isPresent(), actual.sketchBytes().isPresent());
    expected.sketchBytes().ifPresent(b -> assertArrayEquals(b, actual.sketchBytes().get()));
    for (double q = 0; q <= 1; q += 0.1) {
      assertEquals(expected.quantile(q), actual.quantile(q), 0.0);
    }
    assertArrayEquals(SummaryCodec.encode(expected), SummaryCodec.encode(actual));
  }

  @Property(tries = 100)
  void numericRoundTrips(
      @ForAll long seed,
      @ForAll("sizes") int size,
      @ForAll @IntRange(min = 1, max = 400) int levels) {
    NumericSummary summary = numeric(seed, size, levels);
    byte[] bytes = SummaryCodec.encode(summary);
    assertEquals(SummaryType.NUMERIC, SummaryCodec.typeOf(bytes));
    assertSameNumeric(summary, SummaryCodec.decodeNumeric(bytes));
  }

  @Property(tries = 60)
  void categoricalRoundTrips(
      @ForAll long seed, @ForAll("sizes") int size, @ForAll @IntRange(min = 1, max = 3000) int k) {
    SplittableRandom random = new SplittableRandom(seed);
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (int i = 0; i < size; i++) {
      recorder.record(random.nextInt(20) == 0 ? null : "é" + random.nextInt(k));
    }
    CategoricalSummary summary = recorder.summary();
    CategoricalSummary decoded = SummaryCodec.decodeCategorical(SummaryCodec.encode(summary));
    assertEquals(summary.counts(), decoded.counts());
    assertEquals(summary.missing(), decoded.missing());
    assertEquals(summary.otherCount(), decoded.otherCount());
    assertEquals(summary.countError(), decoded.countError());
    if (summary.isExact()) {
      // A decoded frequent-items sketch may lay out its hash map differently, so only exact
      // summaries re-encode byte for byte.
      assertArrayEquals(SummaryCodec.encode(summary), SummaryCodec.encode(decoded));
    }
  }

  @Property(tries = 60)
  void predictionRoundTrips(
      @ForAll long seed,
      @ForAll("sizes") int size,
      @ForAll @IntRange(max = 100) int thresholdPercent) {
    SplittableRandom random = new SplittableRandom(seed);
    PredictionRecorder recorder = new PredictionRecorder(thresholdPercent / 100.0);
    for (int i = 0; i < size; i++) {
      recorder.record(random.nextDouble());
    }
    PredictionSummary summary = recorder.summary();
    PredictionSummary decoded = SummaryCodec.decodePrediction(SummaryCodec.encode(summary));
    assertEquals(summary.threshold(), decoded.threshold());
    assertEquals(summary.predictedPositive(), decoded.predictedPositive());
    assertSameNumeric(summary.scores(), decoded.scores());
  }

  private static IllegalArgumentException rejected(byte[] bytes) {
    return assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeNumeric(bytes));
  }

  @Test
  void rejectsForeignHeaders() {
    byte[] good = SummaryCodec.encode(NumericSummary.of(1, 2, 3));
    assertTrue(rejected(new byte[0]).getMessage().contains("truncated"));
    assertTrue(rejected(edit(good, b -> b[0] = 'X')).getMessage().contains("not a Vigil summary"));
    assertTrue(rejected(edit(good, b -> b[2] = 2)).getMessage().contains("version 2"));
    assertTrue(rejected(edit(good, b -> b[3] = (byte) 200)).getMessage().contains("type id 200"));
    assertEquals(
        "expected a numeric (1) summary, got labelled (4)",
        rejected(edit(good, b -> b[3] = 4)).getMessage());
    byte[] categorical = SummaryCodec.encode(CategoricalSummary.empty());
    assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeNumeric(categorical));
    assertTrue(rejected(Arrays.copyOf(good, good.length + 1)).getMessage().contains("trailing"));
  }

  @Test
  void rejectsEveryTruncation() {
    byte[][] encodings = {
      SummaryCodec.encode(NumericSummary.of(1, 2, Double.NaN)),
      SummaryCodec.encode(numeric(1, 9000, 5)),
      SummaryCodec.encode(numeric(2, 9000, 300)),
    };
    for (byte[] bytes : encodings) {
      for (int length = 0; length < bytes.length; length++) {
        rejected(Arrays.copyOf(bytes, length));
      }
    }
    byte[] categorical =
        SummaryCodec.encode(CategoricalSummary.exact(1, java.util.Map.of("a", 2L)));
    for (int length = 0; length < categorical.length; length++) {
      byte[] prefix = Arrays.copyOf(categorical, length);
      assertThrows(IllegalArgumentException.class, () -> SummaryCodec.decodeCategorical(prefix));
    }
  }

  @Test
  void rejectsBodiesThatBreakInvariants() {
    byte[] good = SummaryCodec.encode(NumericSummary.of(1, 2, 3));
    // Offset 4 + 16 is the count: claim 2 values where 3 are stored.
    assertTrue(rejected(edit(good, b -> b[20] = 2)).getMessage().contains("sortedValues"));
    // The form byte (offset 4 + 56) set to an unknown form.
    assertTrue(rejected(edit(good, b -> b[60] = 7)).getMessage().contains("form"));
  }

  private static byte[] edit(byte[] bytes, Consumer<byte[]> change) {
    byte[] copy = bytes.clone();
    change.accept(copy);
    return copy;
  }
}
