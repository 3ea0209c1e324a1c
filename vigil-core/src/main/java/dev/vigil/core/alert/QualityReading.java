package dev.vigil.core.alert;

import dev.vigil.core.query.BucketStats;
import dev.vigil.core.query.FeatureQuality;
import dev.vigil.core.query.WindowsView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The reading of a data-quality signal: the share of a feature's values (well-typed, missing or
 * wrong-typed) that a count takes, over the range; for {@code *} the highest share of any feature.
 */
final class QualityReading {

  private QualityReading() {}

  static SignalReading of(
      WindowsView view, String feature, ToLongFunction<FeatureQuality> count, Instant now) {
    Map<String, long[]> totals = new LinkedHashMap<>();
    for (BucketStats bucket : view.buckets()) {
      for (FeatureQuality quality : bucket.dataQuality()) {
        long[] sums = totals.computeIfAbsent(quality.feature(), f -> new long[2]);
        sums[0] += count.applyAsLong(quality);
        sums[1] += quality.values() + quality.missing() + quality.typeErrors();
      }
    }
    double worst = -1;
    for (Map.Entry<String, long[]> entry : totals.entrySet()) {
      boolean chosen = feature.equals(Signal.ANY_FEATURE) || feature.equals(entry.getKey());
      long[] sums = entry.getValue();
      if (chosen && sums[1] > 0) {
        worst = Math.max(worst, (double) sums[0] / sums[1]);
      }
    }
    if (worst >= 0) {
      return SignalReading.of(worst, now);
    }
    return view.buckets().isEmpty()
        ? QuerySignalSource.absentInRange(now)
        : SignalReading.absent("feature '" + feature + "' has no value in range", now);
  }
}
