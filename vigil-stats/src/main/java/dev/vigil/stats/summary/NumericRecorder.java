package dev.vigil.stats.summary;

import java.util.Arrays;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * The mutable, single-threaded hot path that builds a {@link NumericSummary}.
 *
 * <p>Values are appended to a buffer of {@link NumericSummary#EXACT_LIMIT} doubles. While it has
 * never overflowed it holds every value, so the summary is exact. When it overflows, the buffered
 * chunk is folded into the moments and the distinct-value counts, or into a KLL sketch once there
 * are too many distinct values; the buffer is then reused for the next chunk. Per value the hot
 * path is one branch and one store; the per-chunk work runs in tight loops over a primitive array.
 */
public final class NumericRecorder {

  private final double[] buffer = new double[NumericSummary.EXACT_LIMIT];
  private int size;
  private boolean overflowed;
  private long missing;
  private long nonFinite;
  private Moments moments = Moments.EMPTY;
  private final DistinctTracker distinct = new DistinctTracker(NumericSummary.DISTINCT_LIMIT);
  private KllDoublesSketch sketch;

  /** Records a value: NaN counts as missing, ±infinity as non-finite, -0.0 as 0.0. */
  public void record(double value) {
    // value - value is 0 for finite values and NaN for NaN and ±infinity.
    if (value - value != 0.0) {
      recordNotFinite(value);
      return;
    }
    if (size == buffer.length) {
      flush();
    }
    buffer[size++] = value + 0.0; // folds -0.0 into 0.0
  }

  private void recordNotFinite(double value) {
    if (Double.isNaN(value)) {
      missing++;
    } else {
      nonFinite++;
    }
  }

  /** Records every value of the array, as {@link #record(double)} does. */
  public void record(double[] values) {
    for (double v : values) {
      record(v);
    }
  }

  /** Records a null or blank value. */
  public void recordMissing() {
    missing++;
  }

  /** Number of finite values recorded so far. */
  public long count() {
    return moments.count() + size;
  }

  private void flush() {
    moments = moments.merge(Moments.of(buffer, 0, size));
    int counted = sketch == null ? distinct.addAll(buffer, 0, size) : 0;
    if (sketch == null && counted < size) {
      sketch = distinct.toSketch();
    }
    if (sketch != null) {
      sketch.update(buffer, counted, size - counted);
    }
    size = 0;
    overflowed = true;
  }

  /** The summary of everything recorded so far; the recorder stays usable. */
  public NumericSummary summary() {
    if (!overflowed) {
      double[] sorted = Arrays.copyOf(buffer, size);
      Arrays.sort(sorted);
      return NumericSummary.exact(missing, nonFinite, Moments.of(sorted, 0, size), sorted);
    }
    flush();
    return sketch == null
        ? NumericSummary.counted(missing, nonFinite, moments, distinct.toValueCounts())
        : NumericSummary.sketched(missing, nonFinite, moments, Sketches.copy(sketch));
  }
}
