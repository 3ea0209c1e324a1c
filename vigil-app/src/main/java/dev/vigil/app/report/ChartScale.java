package dev.vigil.app.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The vertical scale of a {@link LineChart}: the values' range widened to twentieths within [0, 1]
 * (at least 0.1 tall), mapped onto the pixel rows {@code top} (high) to {@code bottom} (low).
 */
record ChartScale(double low, double high, double top, double bottom) {

  ChartScale {
    if (!(low < high)) {
      throw new IllegalArgumentException("low: must be below high, were " + low + ", " + high);
    }
  }

  /** The scale of these values (NaN and infinities ignored); [0, 1] when there is none. */
  static ChartScale of(List<Double> values, double top, double bottom) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      return new ChartScale(0, 1, top, bottom);
    }
    double low = Math.max(0, Math.floor(min * 20 - 1e-9) / 20);
    double high = Math.min(1, Math.ceil(max * 20 + 1e-9) / 20);
    if (high - low < 0.1) {
      high = Math.max(0.1, high);
      low = Math.max(0, high - 0.1);
    }
    return new ChartScale(low, high, top, bottom);
  }

  /** The pixel row of a value, clamped to the scale. */
  double at(double value) {
    double clamped = Math.max(low, Math.min(high, value));
    return bottom - (clamped - low) / (high - low) * (bottom - top);
  }

  /** Ticks at multiples of 0.05, 0.1 or 0.25, whichever gives at most eight. */
  List<Double> ticks() {
    double range = high - low;
    double step = range <= 0.25 ? 0.05 : range <= 0.7 ? 0.1 : 0.25;
    List<Double> ticks = new ArrayList<>();
    for (long k = Math.round(Math.ceil(low / step - 1e-9)); k * step <= high + 1e-9; k++) {
      ticks.add(k * step);
    }
    return ticks;
  }
}
