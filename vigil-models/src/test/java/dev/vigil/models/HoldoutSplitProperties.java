package dev.vigil.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class HoldoutSplitProperties {

  @Property
  void partitionsTheRowsAndKeepsEachClassShare(
      @ForAll @Size(min = 2, max = 300) int[] rawLabels,
      @ForAll @DoubleRange(min = 0.05, max = 0.95) double fraction,
      @ForAll long seed) {
    int[] labels = Arrays.stream(rawLabels).map(v -> Math.floorMod(v, 2)).toArray();
    HoldoutSplit split;
    try {
      split = HoldoutSplit.stratified(labels, fraction, seed);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("holdoutFraction: "), e.getMessage());
      return;
    }
    int[] all =
        IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.holdout()))
            .sorted()
            .toArray();
    assertArrayEquals(IntStream.range(0, labels.length).toArray(), all, "each row once");
    for (int label = 0; label <= 1; label++) {
      int c = label;
      long inClass = Arrays.stream(labels).filter(l -> l == c).count();
      long held = Arrays.stream(split.holdout()).filter(i -> labels[i] == c).count();
      assertTrue(Math.abs(held - inClass * fraction) <= 0.5 + 1e-9, "class " + c + ": " + held);
    }
    assertTrue(isSorted(split.train()) && isSorted(split.holdout()));
  }

  @Property
  void aSeedGivesTheSameSplit(
      @ForAll @Size(min = 10, max = 200) int[] rawLabels,
      @ForAll @IntRange(min = 1, max = 5) int tenths,
      @ForAll long seed) {
    int[] labels = Arrays.stream(rawLabels).map(v -> Math.floorMod(v, 2)).toArray();
    HoldoutSplit first = HoldoutSplit.stratified(labels, tenths / 10.0, seed);
    HoldoutSplit second = HoldoutSplit.stratified(labels, tenths / 10.0, seed);
    assertArrayEquals(first.holdout(), second.holdout());
  }

  @Example
  void differentSeedsGiveDifferentSplits() {
    int[] labels = IntStream.range(0, 1000).map(i -> i % 5 == 0 ? 1 : 0).toArray();
    assertTrue(
        !Arrays.equals(
            HoldoutSplit.stratified(labels, 0.2, 1).holdout(),
            HoldoutSplit.stratified(labels, 0.2, 2).holdout()));
    assertEquals(200, HoldoutSplit.stratified(labels, 0.2, 1).holdout().length);
  }

  @Example
  void refusesAFractionOutsideTheOpenInterval() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> HoldoutSplit.stratified(new int[] {0, 1}, 1, 3));
    assertEquals("holdoutFraction must be in (0, 1), was 1.0", e.getMessage());
  }

  private static boolean isSorted(int[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i - 1] >= values[i]) {
        return false;
      }
    }
    return true;
  }
}
