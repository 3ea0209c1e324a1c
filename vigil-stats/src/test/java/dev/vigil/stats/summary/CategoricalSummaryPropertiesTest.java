package dev.vigil.stats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Merge laws of categorical summaries, checked against exact counts of the merged values. */
class CategoricalSummaryPropertiesTest {

  /** Skewed categories: a few heavy ones and a long tail of up to {@code tail} distinct ones. */
  static String[] column(long seed, int size, int tail) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] values = new String[size];
    for (int i = 0; i < size; i++) {
      double u = random.nextDouble();
      values[i] =
          u < 0.05
              ? (random.nextBoolean() ? null : " ")
              : u < 0.5 ? "heavy" + random.nextInt(3) : "tail" + random.nextInt(1 + tail);
    }
    return values;
  }

  static CategoricalSummary summarize(String[] values, int from, int to) {
    CategoricalRecorder recorder = new CategoricalRecorder();
    for (int i = from; i < to; i++) {
      recorder.record(values[i]);
    }
    return recorder.summary();
  }

  /** Exact counts, missing, and sketch bounds must hold against the truth. */
  static void assertDescribes(String[] values, CategoricalSummary summary) {
    TreeMap<String, Long> truth = new TreeMap<>();
    long missing = 0;
    for (String v : values) {
      if (v == null || v.isBlank()) {
        missing++;
      } else {
        truth.merge(v, 1L, Long::sum);
      }
    }
    assertEquals(missing, summary.missing(), "missing");
    assertEquals(values.length - missing, summary.count(), "count");
    long tracked = summary.counts().values().stream().mapToLong(Long::longValue).sum();
    assertEquals(summary.count(), tracked + summary.otherCount(), "count = tracked + other");
    boolean exact = truth.size() <= CategoricalSummary.EXACT_CATEGORY_LIMIT;
    assertEquals(exact, summary.isExact(), "exact iff few categories");
    if (exact) {
      assertEquals(truth, summary.counts());
      return;
    }
    for (Map.Entry<String, Long> e : summary.counts().entrySet()) {
      long trueCount = truth.get(e.getKey());
      assertTrue(e.getValue() <= trueCount, "lower bound for " + e.getKey());
      assertTrue(trueCount - e.getValue() <= summary.countError(), "error for " + e.getKey());
    }
    for (Map.Entry<String, Long> e : truth.entrySet()) {
      if (e.getValue() > summary.countError()) {
        assertTrue(summary.counts().containsKey(e.getKey()), "heavy hitter " + e.getKey());
      }
    }
  }

  @Property(tries = 100)
  void mergingThePartsGivesTheSummaryOfTheWhole(
      @ForAll long seed,
      @ForAll("uniform") int size,
      @ForAll("uniform") int tail,
      @ForAll @IntRange(max = 100) int cut1,
      @ForAll @IntRange(max = 100) int cut2) {
    String[] values = column(seed, size, tail);
    int a = size * Math.min(cut1, cut2) / 100;
    int b = size * Math.max(cut1, cut2) / 100;
    CategoricalSummary x = summarize(values, 0, a);
    CategoricalSummary y = summarize(values, a, b);
    CategoricalSummary z = summarize(values, b, size);
    assertDescribes(values, summarize(values, 0, size));
    assertDescribes(values, x.merge(y).merge(z));
    assertDescribes(values, x.merge(y.merge(z)));
    assertDescribes(values, z.merge(x).merge(y));
    CategoricalSummary xy = x.merge(y);
    CategoricalSummary yx = y.merge(x);
    assertDescribes(java.util.Arrays.copyOf(values, b), yx);
    if (xy.isExact()) {
      assertEquals(xy.counts(), yx.counts(), "commutative counts");
    }
    assertEquals(xy.missing(), yx.missing());
    Statistics.label("exact").collect(summarize(values, 0, size).isExact());
    Statistics.label("exact")
        .coverage(
            check -> {
              check.check(true).percentage(p -> p > 10);
              check.check(false).percentage(p -> p > 10);
            });
  }

  @Provide
  Arbitrary<Integer> uniform() {
    return Arbitraries.integers().between(0, 8000).withDistribution(RandomDistribution.uniform());
  }

  @Property(tries = 50)
  void emptyIsTheIdentity(@ForAll long seed, @ForAll @IntRange(max = 3000) int size) {
    String[] values = column(seed, size, 1500);
    CategoricalSummary summary = summarize(values, 0, size);
    assertDescribes(values, summary.merge(CategoricalSummary.empty()));
    assertDescribes(values, CategoricalSummary.empty().merge(summary));
    assertEquals(summary.counts(), CategoricalSummary.empty().merge(summary).counts());
  }
}
