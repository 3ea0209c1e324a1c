package dev.vigil.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Row indices split into a training part and a holdout part; each sorted ascending, disjoint, and
 * together every row once.
 */
public record HoldoutSplit(int[] train, int[] holdout) {

  public HoldoutSplit {
    train = Objects.requireNonNull(train, "train").clone();
    holdout = Objects.requireNonNull(holdout, "holdout").clone();
  }

  @Override
  public int[] train() {
    return train.clone();
  }

  @Override
  public int[] holdout() {
    return holdout.clone();
  }

  /**
   * A seeded stratified split: within each class the rows are shuffled with {@link Random}{@code
   * (seed)} (its sequence is fixed by the Java specification, so a seed gives the same split on any
   * JVM) and {@code round(n_class * holdoutFraction)} of them are held out, so each class's holdout
   * count is within half a row of its exact share.
   *
   * @param labels 0 or 1 per row
   * @param holdoutFraction in (0, 1)
   * @throws IllegalArgumentException when either part would be empty
   */
  public static HoldoutSplit stratified(int[] labels, double holdoutFraction, long seed) {
    Objects.requireNonNull(labels, "labels");
    if (!(holdoutFraction > 0 && holdoutFraction < 1)) {
      throw new IllegalArgumentException(
          "holdoutFraction must be in (0, 1), was " + holdoutFraction);
    }
    List<List<Integer>> byClass = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] != 0 && labels[i] != 1) {
        throw new IllegalArgumentException("labels: row " + i + " is " + labels[i] + ", not 0/1");
      }
      byClass.get(labels[i]).add(i);
    }
    Random random = new Random(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> holdout = new ArrayList<>();
    for (List<Integer> rows : byClass) {
      Collections.shuffle(rows, random);
      int held = (int) Math.round(rows.size() * holdoutFraction);
      holdout.addAll(rows.subList(0, held));
      train.addAll(rows.subList(held, rows.size()));
    }
    if (train.isEmpty() || holdout.isEmpty()) {
      throw new IllegalArgumentException(
          "holdoutFraction: "
              + holdoutFraction
              + " of "
              + labels.length
              + " rows leaves "
              + (train.isEmpty() ? "no training rows" : "no holdout rows"));
    }
    return new HoldoutSplit(sorted(train), sorted(holdout));
  }

  private static int[] sorted(List<Integer> indices) {
    int[] array = indices.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(array);
    return array;
  }
}
