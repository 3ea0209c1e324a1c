package dev.vigil.stats.summary;

import static dev.vigil.stats.summary.NumericAssertions.assertDescribes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.vigil.stats.SketchRandomness;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Merge laws of numeric summaries, checked against the exact truth of the merged values. */
class NumericSummaryPropertiesTest {

  /** Uniform sizes, so that most columns pass the exact limit. */
  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.integers().between(0, 14_000).withDistribution(RandomDistribution.uniform());
  }

  /**
   * The column of this seed; the seed also fixes the sketches' coin flips (see SketchRandomness).
   */
  private static double[] column(long seed, int size, int shape) {
    SketchRandomness.seed(seed);
    return NumericData.column(seed, size, shape % NumericData.SHAPES);
  }

  @Property(tries = 150)
  void mergingThePartsGivesTheSummaryOfTheWhole(
      @ForAll long seed,
      @ForAll("sizes") int size,
      @ForAll @IntRange(max = 3) int shape,
      @ForAll @IntRange(max = 100) int cut1,
      @ForAll @IntRange(max = 100) int cut2) {
    double[] values = column(seed, size, shape);
    int a = size * Math.min(cut1, cut2) / 100;
    int b = size * Math.max(cut1, cut2) / 100;
    NumericSummary merged =
        NumericData.summarize(values, 0, a)
            .merge(NumericData.summarize(values, a, b))
            .merge(NumericData.summarize(values, b, size));
    assertDescribes(values, merged);
    NumericSummary whole = NumericData.summarize(values, 0, size);
    assertDescribes(values, whole);
    Statistics.label("form").collect(form(whole));
    Statistics.label("form")
        .coverage(
            check -> {
              check.check("exact").percentage(p -> p > 10);
              check.check("counted").percentage(p -> p > 5);
              check.check("sketched").percentage(p -> p > 10);
            });
  }

  static String form(NumericSummary summary) {
    return summary.sortedValues().isPresent()
        ? "exact"
        : summary.valueCounts().isPresent() ? "counted" : "sketched";
  }

  @Property(tries = 100)
  void mergeIsCommutative(
      @ForAll long seed,
      @ForAll("sizes") int size,
      @ForAll @IntRange(max = 3) int shape,
      @ForAll @IntRange(max = 100) int cut) {
    double[] values = column(seed, size, shape);
    int a = size * cut / 100;
    NumericSummary left = NumericData.summarize(values, 0, a);
    NumericSummary right = NumericData.summarize(values, a, size);
    NumericSummary ab = left.merge(right);
    NumericSummary ba = right.merge(left);
    // Moments are combined in a canonical order, so they agree bit for bit.
    assertEquals(ab.moments(), ba.moments());
    assertEquals(ab.missing(), ba.missing());
    assertEquals(ab.valueCounts(), ba.valueCounts());
    ab.sortedValues().ifPresent(s -> assertArrayEquals(s, ba.sortedValues().get()));
    assertDescribes(values, ab);
    assertDescribes(values, ba);
  }

  @Property(tries = 100)
  void mergeIsAssociative(
      @ForAll long seed,
      @ForAll("sizes") int size,
      @ForAll @IntRange(max = 3) int shape,
      @ForAll @IntRange(max = 100) int cut1,
      @ForAll @IntRange(max = 100) int cut2) {
    double[] values = column(seed, size, shape);
    int a = size * Math.min(cut1, cut2) / 100;
    int b = size * Math.max(cut1, cut2) / 100;
    NumericSummary x = NumericData.summarize(values, 0, a);
    NumericSummary y = NumericData.summarize(values, a, b);
    NumericSummary z = NumericData.summarize(values, b, size);
    NumericSummary leftFirst = x.merge(y).merge(z);
    NumericSummary rightFirst = x.merge(y.merge(z));
    assertEquals(leftFirst.count(), rightFirst.count());
    assertEquals(leftFirst.valueCounts(), rightFirst.valueCounts());
    NumericAssertions.assertClose(leftFirst.mean(), rightFirst.mean(), "mean");
    assertDescribes(values, leftFirst);
    assertDescribes(values, rightFirst);
  }

  @Property(tries = 60)
  void emptyIsTheIdentity(
      @ForAll long seed, @ForAll("sizes") int size, @ForAll @IntRange(max = 3) int shape) {
    double[] values = column(seed, size, shape);
    NumericSummary summary = NumericData.summarize(values, 0, size);
    assertDescribes(values, summary.merge(NumericSummary.empty()));
    assertDescribes(values, NumericSummary.empty().merge(summary));
    if (size > 0) {
      assertSame(summary, summary.merge(NumericSummary.empty()));
      assertSame(summary, NumericSummary.empty().merge(summary));
    }
  }
}
