package dev.vigil.stats.summary;

import static org.apache.datasketches.quantilescommon.QuantileSearchCriteria.EXCLUSIVE;
import static org.apache.datasketches.quantilescommon.QuantileSearchCriteria.INCLUSIVE;

import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.DoublesSortedView;

/**
 * CDF and quantile answers from a KLL sketch that nobody mutates any more. The sketch's sorted view
 * is built once, on first use, under a lock: DataSketches caches it inside the sketch, which is not
 * safe to do from several threads at once.
 */
final class KllQuantiles {

  private final KllDoublesSketch sketch;
  private DoublesSortedView view;

  KllQuantiles(KllDoublesSketch sketch) {
    this.sketch = sketch;
  }

  private synchronized DoublesSortedView view() {
    if (view == null) {
      view = sketch.getSortedView();
    }
    return view;
  }

  double cdf(double x) {
    return sketch.isEmpty() ? Double.NaN : view().getRank(x, INCLUSIVE);
  }

  double cdfExclusive(double x) {
    return sketch.isEmpty() ? Double.NaN : view().getRank(x, EXCLUSIVE);
  }

  double quantile(double q) {
    return sketch.isEmpty() ? Double.NaN : view().getQuantile(q, INCLUSIVE);
  }

  double rankError() {
    return sketch.getNormalizedRankError(false);
  }
}
