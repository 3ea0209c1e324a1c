package dev.vigil.stats.summary;

import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;

/** The KLL sketch parameters and conversions shared by the numeric summaries. */
final class Sketches {

  /** KLL accuracy parameter: about 1.33 % normalized rank error (99 %, two-sided). */
  static final int KLL_K = 200;

  private Sketches() {}

  static KllDoublesSketch newKll() {
    return KllDoublesSketch.newHeapInstance(KLL_K);
  }

  /** A sketch of the counted values, each inserted once with its count as weight. */
  static KllDoublesSketch kllOf(ValueCounts counts) {
    KllDoublesSketch sketch = newKll();
    addTo(sketch, counts);
    return sketch;
  }

  static void addTo(KllDoublesSketch sketch, ValueCounts counts) {
    double[] values = counts.values();
    long[] weights = counts.counts();
    for (int i = 0; i < values.length; i++) {
      if (weights[i] == 1) {
        sketch.update(values[i]);
      } else {
        sketch.update(values[i], weights[i]);
      }
    }
  }

  static KllDoublesSketch copy(KllDoublesSketch sketch) {
    return KllDoublesSketch.heapify(Memory.wrap(sketch.toByteArray()));
  }

  /** Reads a sketch serialized by DataSketches; malformed bytes are an IllegalArgumentException. */
  static KllDoublesSketch kllFromBytes(byte[] bytes) {
    try {
      return KllDoublesSketch.heapify(Memory.wrap(bytes));
    } catch (RuntimeException e) {
      // DataSketches signals corrupt input with assorted runtime exceptions.
      throw new IllegalArgumentException("sketch: malformed KLL bytes: " + e.getMessage(), e);
    }
  }
}
