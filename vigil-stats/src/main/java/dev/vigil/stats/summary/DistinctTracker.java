package dev.vigil.stats.summary;

import java.util.Arrays;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * Counts distinct finite values while there are at most {@code limit} of them, in a small
 * open-addressing table keyed by the values' bits. Values must be finite and -0.0 already folded
 * into 0.0, so that equal values have equal bits. Once a value beyond the limit arrives the caller
 * stops feeding it.
 */
final class DistinctTracker {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final int limit;
  private final long[] bits;
  private final long[] counts;
  private final int shift;
  private int size;

  DistinctTracker(int limit) {
    this.limit = limit;
    // A power of two at least twice the limit keeps probe sequences short.
    int capacity = Integer.highestOneBit(Math.max(2, limit) * 2 - 1) << 1;
    this.bits = new long[capacity];
    this.counts = new long[capacity];
    this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  /**
   * Counts {@code values[from, to)} until one would exceed the limit.
   *
   * @return the index of the first value not counted ({@code to} when all were)
   */
  int addAll(double[] values, int from, int to) {
    int mask = bits.length - 1;
    for (int i = from; i < to; i++) {
      long b = Double.doubleToRawLongBits(values[i]);
      int slot = (int) ((b * GOLDEN) >>> shift);
      while (counts[slot] != 0 && bits[slot] != b) {
        slot = (slot + 1) & mask;
      }
      if (counts[slot] == 0) {
        if (size == limit) {
          return i;
        }
        bits[slot] = b;
        size++;
      }
      counts[slot]++;
    }
    return to;
  }

  ValueCounts toValueCounts() {
    double[] values = new double[size];
    int j = 0;
    for (int slot = 0; slot < bits.length; slot++) {
      if (counts[slot] != 0) {
        values[j++] = Double.longBitsToDouble(bits[slot]);
      }
    }
    Arrays.sort(values);
    long[] valueCounts = new long[size];
    for (int i = 0; i < size; i++) {
      valueCounts[i] = countOf(values[i]);
    }
    return new ValueCounts(values, valueCounts);
  }

  private long countOf(double value) {
    long b = Double.doubleToRawLongBits(value);
    int slot = (int) ((b * GOLDEN) >>> shift);
    while (bits[slot] != b || counts[slot] == 0) {
      slot = (slot + 1) & (bits.length - 1);
    }
    return counts[slot];
  }

  /** A KLL sketch holding every counted value with its weight. */
  KllDoublesSketch toSketch() {
    return Sketches.kllOf(toValueCounts());
  }
}
