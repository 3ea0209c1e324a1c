package dev.vigil.stats.metrics;

import static dev.vigil.stats.metrics.SummaryAssertions.assertSameSummary;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Merge laws of {@link LabelledSummary}, across the exact limit and below it. */
class LabelledSummaryMergeTest {

  @Property(tries = 150)
  void mergeIsAssociative(
      @ForAll long seed,
      @ForAll @IntRange(max = 9000) int size,
      @ForAll @DoubleRange(max = 1) double cut1,
      @ForAll @DoubleRange(max = 1) double cut2,
      @ForAll @DoubleRange(max = 1) double threshold) {
    LabelledRows rows = LabelledRows.generate(seed, size);
    int i = (int) (Math.min(cut1, cut2) * size);
    int j = (int) (Math.max(cut1, cut2) * size);
    LabelledSummary a = rows.summarize(threshold, 0, i);
    LabelledSummary b = rows.summarize(threshold, i, j);
    LabelledSummary c = rows.summarize(threshold, j, size);
    assertSameSummary(a.merge(b).merge(c), a.merge(b.merge(c)));
  }

  @Property(tries = 150)
  void mergeIsCommutative(
      @ForAll long seed,
      @ForAll @IntRange(max = 9000) int size,
      @ForAll @DoubleRange(max = 1) double cut) {
    LabelledRows rows = LabelledRows.generate(seed, size);
    int i = (int) (cut * size);
    LabelledSummary a = rows.summarize(0.5, 0, i);
    LabelledSummary b = rows.summarize(0.5, i, size);
    assertSameSummary(a.merge(b), b.merge(a));
  }

  @Property(tries = 100)
  void emptyIsTheIdentity(
      @ForAll long seed,
      @ForAll @IntRange(max = 9000) int size,
      @ForAll @DoubleRange(max = 1) double threshold) {
    LabelledSummary s = LabelledRows.generate(seed, size).summarize(threshold, 0, size);
    assertSameSummary(s, s.merge(LabelledSummary.empty(threshold)));
    assertSameSummary(s, LabelledSummary.empty(threshold).merge(s));
  }

  @Property(tries = 150)
  void mergeOfPartsIsTheSummaryOfTheWhole(
      @ForAll long seed,
      @ForAll @IntRange(max = 9000) int size,
      @ForAll @IntRange(min = 1, max = 7) int parts,
      @ForAll @DoubleRange(max = 1) double threshold) {
    LabelledRows rows = LabelledRows.generate(seed, size);
    LabelledSummary merged = LabelledSummary.empty(threshold);
    for (int p = 0; p < parts; p++) {
      merged = merged.merge(rows.summarize(threshold, p * size / parts, (p + 1) * size / parts));
    }
    assertSameSummary(rows.summarize(threshold, 0, size), merged);
  }
}
