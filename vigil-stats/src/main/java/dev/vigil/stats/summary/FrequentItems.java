package dev.vigil.stats.summary;

import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.memory.Memory;

/** The frequent-items sketch parameters and conversions shared by the categorical summaries. */
final class FrequentItems {

  /** Maximum map size of the DataSketches frequent-items sketch. */
  static final int MAP_SIZE = 1024;

  private static final ArrayOfStringsSerDe SERDE = new ArrayOfStringsSerDe();

  private FrequentItems() {}

  static ItemsSketch<String> newSketch() {
    return new ItemsSketch<>(MAP_SIZE);
  }

  static byte[] toBytes(ItemsSketch<String> sketch) {
    return sketch.toByteArray(SERDE);
  }

  static ItemsSketch<String> copy(ItemsSketch<String> sketch) {
    return ItemsSketch.getInstance(Memory.wrap(toBytes(sketch)), SERDE);
  }

  /** Reads a sketch serialized by DataSketches; malformed bytes are an IllegalArgumentException. */
  static ItemsSketch<String> fromBytes(byte[] bytes) {
    ItemsSketch<String> sketch;
    try {
      sketch = ItemsSketch.getInstance(Memory.wrap(bytes), SERDE);
    } catch (RuntimeException e) {
      // DataSketches signals corrupt input with assorted runtime exceptions.
      throw new IllegalArgumentException("sketch: malformed frequent-items bytes: " + e, e);
    }
    if (sketch.getMaximumMapCapacity() != newSketch().getMaximumMapCapacity()) {
      throw new IllegalArgumentException(
          "sketch: map capacity " + sketch.getMaximumMapCapacity() + " is not the expected one");
    }
    return sketch;
  }
}
