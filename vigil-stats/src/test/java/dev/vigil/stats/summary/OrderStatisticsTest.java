package dev.vigil.stats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The shared rank arithmetic agrees with linear scans, and distinct counts answer as the expanded
 * sample to the bit (CountedValues once interpolated with q (n - 1) and differed in the last bit).
 */
class OrderStatisticsTest {

  private static double[] sortedSample(long seed, int size, int levels) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      values[i] = random.nextInt(levels) * 0.37 - 3;
    }
    Arrays.sort(values);
    return values;
  }

  @Property(tries = 200)
  void searchesAgreeWithLinearScans(
      @ForAll long seed,
      @ForAll @IntRange(max = 300) int size,
      @ForAll @IntRange(min = 1, max = 40) int levels,
      @ForAll @DoubleRange(min = -4, max = 12) double x) {
    double[] sorted = sortedSample(seed, size, levels);
    assertEquals(
        Arrays.stream(sorted).filter(v -> v <= x).count(), OrderStatistics.countAtMost(sorted, x));
    assertEquals(
        Arrays.stream(sorted).filter(v -> v < x).count(), OrderStatistics.countBelow(sorted, x));
    ValueCounts counts = ValueCounts.ofSorted(sorted);
    long[] cumulative = counts.counts();
    Arrays.parallelPrefix(cumulative, Long::sum);
    for (int rank = 0; rank < size; rank++) {
      int index = OrderStatistics.indexOfRank(cumulative, rank);
      assertEquals(sorted[rank], counts.values()[index], "rank " + rank);
    }
  }

  @Property(tries = 200)
  void countedValuesAnswerAsTheExpandedSample(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 1, max = 40) int levels,
      @ForAll @DoubleRange(max = 1) double q) {
    double[] sorted = sortedSample(seed, size, levels);
    SortedSample sample = SortedSample.of(sorted);
    CountedValues counted = new CountedValues(ValueCounts.ofSorted(sorted));
    assertEquals(sample.quantile(q), counted.quantile(q), 0.0, "quantile " + q);
    double x = sample.quantile(q);
    assertEquals(sample.cdf(x), counted.cdf(x), 0.0);
    assertEquals(sample.cdfExclusive(x), counted.cdfExclusive(x), 0.0);
  }
}
