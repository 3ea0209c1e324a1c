package dev.vigil.stats.summary;

import java.util.Arrays;

/**
 * Sorts large arrays of non-NaN doubles in the same order as {@link Arrays#sort(double[])} (so
 * {@code -0.0} before {@code 0.0}), by least-significant-digit radix sort on their bits: a few
 * linear passes instead of a comparison sort's n log n, which matters at a million values per
 * column side.
 */
final class RadixSort {

  private static final int DIGIT_BITS = 11;
  private static final int PASSES = (64 + DIGIT_BITS - 1) / DIGIT_BITS;
  private static final int RADIX = 1 << DIGIT_BITS;
  private static final int MASK = RADIX - 1;

  /** Below this length a comparison sort is as fast. */
  static final int SMALL = 1 << 12;

  private RadixSort() {}

  static void sort(double[] values) {
    int n = values.length;
    if (n < SMALL) {
      Arrays.sort(values);
      return;
    }
    long[] keys = new long[n];
    int[][] counts = new int[PASSES][RADIX];
    for (int i = 0; i < n; i++) {
      long key = orderedKey(values[i]);
      keys[i] = key;
      for (int pass = 0; pass < PASSES; pass++) {
        counts[pass][(int) (key >>> (pass * DIGIT_BITS)) & MASK]++;
      }
    }
    long[] buffer = new long[n];
    for (int pass = 0; pass < PASSES; pass++) {
      int shift = pass * DIGIT_BITS;
      int[] count = counts[pass];
      if (count[(int) (keys[0] >>> shift) & MASK] == n) {
        continue; // every key has the same digit here: this pass would not move anything
      }
      int total = 0;
      for (int d = 0; d < RADIX; d++) {
        int c = count[d];
        count[d] = total;
        total += c;
      }
      for (int i = 0; i < n; i++) {
        long key = keys[i];
        buffer[count[(int) (key >>> shift) & MASK]++] = key;
      }
      long[] swap = keys;
      keys = buffer;
      buffer = swap;
    }
    for (int i = 0; i < n; i++) {
      values[i] = Double.longBitsToDouble(keys[i] ^ ((~keys[i] >> 63) | Long.MIN_VALUE));
    }
  }

  /**
   * Bits whose unsigned order is the numeric order: negative values have all bits flipped, others
   * only the sign bit.
   */
  static long orderedKey(double value) {
    long bits = Double.doubleToRawLongBits(value);
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }
}
