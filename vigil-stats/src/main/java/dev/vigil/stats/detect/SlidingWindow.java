package dev.vigil.stats.detect;

/**
 * The latest values of a stream up to a capacity, oldest first: a ring buffer where adding to a
 * full window drops the oldest value. Invariant: {@code 0 <= size <= capacity}.
 */
final class SlidingWindow {

  private final double[] ring;
  private int start;
  private int size;

  private SlidingWindow(int capacity) {
    ring = new double[capacity];
  }

  /** A window of the given capacity holding the given values (the newest {@code capacity}). */
  static SlidingWindow of(int capacity, double[] values) {
    SlidingWindow w = new SlidingWindow(capacity);
    for (double v : values) {
      w.add(v);
    }
    return w;
  }

  /** Adds a value; returns the value dropped to make room, or NaN when none was. */
  double add(double value) {
    if (size < ring.length) {
      ring[(start + size++) % ring.length] = value;
      return Double.NaN;
    }
    double dropped = ring[start];
    ring[start] = value;
    start = (start + 1) % ring.length;
    return dropped;
  }

  int size() {
    return size;
  }

  boolean full() {
    return size == ring.length;
  }

  /** The i-th value, 0 being the oldest. */
  double get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return ring[(start + i) % ring.length];
  }

  /** Values {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
  double[] range(int from, int to) {
    double[] out = new double[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = get(i);
    }
    return out;
  }

  double[] toArray() {
    return range(0, size);
  }

  void clear() {
    start = 0;
    size = 0;
  }
}
