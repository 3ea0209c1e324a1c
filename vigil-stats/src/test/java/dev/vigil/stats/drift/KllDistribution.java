package dev.vigil.stats.drift;

import dev.vigil.stats.summary.NumericDistribution;
import dev.vigil.stats.summary.ValueCounts;
import java.util.Optional;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * Test-only sketched {@link NumericDistribution}: a DataSketches KLL sketch (k = 200) with exact
 * moments, keeping neither values nor distinct counts, so every drift test takes its sketch path.
 */
final class KllDistribution implements NumericDistribution {

  private final KllDoublesSketch sketch = KllDoublesSketch.newHeapInstance(200);
  private final double mean;
  private final double variance;

  KllDistribution(double[] values) {
    double sum = 0;
    for (double v : values) {
      sketch.update(v);
      sum += v;
    }
    mean = sum / values.length;
    double m2 = 0;
    for (double v : values) {
      m2 += (v - mean) * (v - mean);
    }
    variance = m2 / values.length;
  }

  @Override
  public long count() {
    return sketch.getN();
  }

  @Override
  public double min() {
    return sketch.getMinItem();
  }

  @Override
  public double max() {
    return sketch.getMaxItem();
  }

  @Override
  public double mean() {
    return mean;
  }

  @Override
  public double variance() {
    return variance;
  }

  @Override
  public Optional<double[]> sortedValues() {
    return Optional.empty();
  }

  @Override
  public Optional<ValueCounts> valueCounts() {
    return Optional.empty();
  }

  @Override
  public double cdf(double x) {
    return sketch.getRank(x, QuantileSearchCriteria.INCLUSIVE);
  }

  @Override
  public double cdfExclusive(double x) {
    return sketch.getRank(x, QuantileSearchCriteria.EXCLUSIVE);
  }

  @Override
  public double quantile(double q) {
    return sketch.getQuantile(q, QuantileSearchCriteria.INCLUSIVE);
  }

  @Override
  public double rankError() {
    return sketch.getNormalizedRankError(false);
  }
}
