package dev.vigil.stats.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.PredictionSummary;
import dev.vigil.stats.summary.ValueCounts;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Version-1 bytes committed in src/test/resources/codec (written once by {@link
 * CodecFixtureGenerator}) must decode forever, to the values worked out by hand from the
 * generator's closed-form data.
 */
class SummaryCodecFixtureTest {

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = SummaryCodecFixtureTest.class.getResourceAsStream("/codec/" + name)) {
      assertNotNull(in, "missing fixture " + name);
      return in.readAllBytes();
    }
  }

  @Test
  void numericExact() throws IOException {
    NumericSummary s = SummaryCodec.decodeNumeric(fixture("numeric-exact.v1.bin"));
    assertEquals(100, s.count());
    assertEquals(3, s.missing());
    assertEquals(3, s.nonFinite());
    assertEquals(0.0, s.min());
    assertEquals(24.75, s.max());
    assertEquals(12.375, s.mean(), 1e-12);
    // Values i/4: the variance of 0..99 is (100^2 - 1) / 12, divided by 16.
    assertEquals(833.25 / 16, s.variance(), 1e-9);
    assertEquals(833.25 / 16 * 100 / 99, s.sampleVariance(), 1e-9);
    double[] sorted = s.sortedValues().orElseThrow();
    for (int i = 0; i < 100; i++) {
      assertEquals(i / 4.0, sorted[i]);
    }
    assertEquals(100, s.valueCounts().orElseThrow().size());
    assertEquals(12.375, s.quantile(0.5));
    assertTrue(s.isExact());
  }

  @Test
  void numericCounted() throws IOException {
    NumericSummary s = SummaryCodec.decodeNumeric(fixture("numeric-counted.v1.bin"));
    assertEquals(10_000, s.count());
    assertEquals(5, s.missing());
    assertEquals(0, s.nonFinite());
    assertFalse(s.sortedValues().isPresent());
    assertEquals(
        new ValueCounts(
            new double[] {0, 1, 2, 3, 4, 5, 6},
            new long[] {1429, 1429, 1429, 1429, 1428, 1428, 1428}),
        s.valueCounts().orElseThrow());
    assertEquals(2.9994, s.mean(), 1e-12);
    assertEquals(12.9962 - 2.9994 * 2.9994, s.variance(), 1e-9);
    assertEquals(3.0, s.quantile(0.5));
    assertEquals(0.5716, s.cdf(3));
    assertEquals(0.4287, s.cdfExclusive(3));
    assertTrue(s.isExact());
  }

  @Test
  void numericSketched() throws IOException {
    NumericSummary s = SummaryCodec.decodeNumeric(fixture("numeric-sketched.v1.bin"));
    assertEquals(20_000, s.count());
    assertEquals(0, s.missing());
    assertEquals(0.0, s.min());
    assertEquals(19_999.0, s.max());
    assertEquals(9999.5, s.mean(), 1e-9);
    assertEquals((20_000.0 * 20_000 - 1) / 12, s.variance(), 1e-3);
    assertFalse(s.sortedValues().isPresent());
    assertFalse(s.valueCounts().isPresent());
    double error = s.rankError();
    assertEquals(0.0133, error, 0.0005);
    assertEquals(0.25, s.cdf(4999.5), error);
    assertEquals(9999.5, s.quantile(0.5), error * 20_000);
    assertEquals(0.0, s.quantile(0.0));
    assertEquals(19_999.0, s.quantile(1.0));
  }

  @Test
  void categoricalExact() throws IOException {
    CategoricalSummary s = SummaryCodec.decodeCategorical(fixture("categorical-exact.v1.bin"));
    assertEquals(Map.of("a", 3L, "b", 1L, "ü", 2L), s.counts());
    assertEquals(2, s.missing());
    assertEquals(6, s.count());
    assertTrue(s.isExact());
  }

  @Test
  void categoricalSketched() throws IOException {
    CategoricalSummary s = SummaryCodec.decodeCategorical(fixture("categorical-sketched.v1.bin"));
    assertEquals(8000, s.count());
    assertEquals(1, s.missing());
    assertFalse(s.isExact());
    long hot = s.counts().get("hot");
    assertTrue(hot <= 5000 && 5000 - hot <= s.countError(), "hot: " + hot);
    long tracked = s.counts().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(8000, tracked + s.otherCount());
  }

  @Test
  void prediction() throws IOException {
    PredictionSummary s = SummaryCodec.decodePrediction(fixture("prediction.v1.bin"));
    assertEquals(0.5, s.threshold());
    assertEquals(51, s.predictedPositive());
    assertEquals(50, s.predictedNegative());
    assertEquals(101, s.scores().count());
    assertEquals(0.5, s.scores().mean(), 1e-12);
    assertArrayEquals(
        new double[] {0.0, 0.01}, java.util.Arrays.copyOf(s.scores().sortedValues().get(), 2));
  }
}
