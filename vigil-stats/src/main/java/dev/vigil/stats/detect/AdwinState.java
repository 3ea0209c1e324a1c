package dev.vigil.stats.detect;

/**
 * A saved {@link Adwin}: its settings, the signal of its latest update, the window's running
 * statistics (as River's {@code AdaptiveWindowing} keeps them, widths as doubles) and its buckets.
 * Row {@code i} of {@code bucketTotals}/{@code bucketVariances} holds the summaries of buckets of
 * 2^i values, oldest first, at most {@code max_buckets} of them.
 */
public record AdwinState(
    Settings settings,
    DetectorSignal signal,
    double total,
    double variance,
    double width,
    double totalWidth,
    int bucketCount,
    int maxBucketCount,
    int tick,
    int detections,
    double[][] bucketTotals,
    double[][] bucketVariances) {

  /**
   * ADWIN's parameters: {@code 0 < delta < 1}, {@code clock >= 1}, {@code maxBuckets >= 1}, {@code
   * minWindowLength >= 1}, {@code gracePeriod >= 0}.
   */
  public record Settings(
      double delta, int clock, int maxBuckets, int minWindowLength, int gracePeriod) {
    public Settings {
      ParameterChecks.openUnit("delta", delta);
      ParameterChecks.atLeast("clock", clock, 1);
      ParameterChecks.atLeast("max_buckets", maxBuckets, 1);
      ParameterChecks.atLeast("min_window_length", minWindowLength, 1);
      ParameterChecks.atLeast("grace_period", gracePeriod, 0);
    }
  }

  public AdwinState {
    ParameterChecks.require(signal != null, "adwin signal", signal);
    ParameterChecks.require(width >= 0 && Double.isFinite(total), "adwin width/total", width);
    ParameterChecks.require(tick >= 0 && detections >= 0, "adwin tick/detections", tick);
    ParameterChecks.require(
        bucketTotals.length >= 1 && bucketTotals.length == bucketVariances.length,
        "adwin bucket rows",
        bucketTotals.length);
    double counted = 0;
    for (int i = 0; i < bucketTotals.length; i++) {
      ParameterChecks.require(
          bucketTotals[i].length <= settings.maxBuckets()
              && bucketTotals[i].length == bucketVariances[i].length,
          "adwin bucket row " + i,
          bucketTotals[i].length);
      counted += bucketTotals[i].length * Math.scalb(1.0, i);
    }
    ParameterChecks.require(counted == width, "adwin width against buckets", width);
    // River's n_buckets counter grows on every merge without counting the two merged buckets out,
    // so it is kept as River keeps it and only checked for sign.
    ParameterChecks.require(
        bucketCount >= 0 && maxBucketCount >= 0, "adwin bucket count", bucketCount);
    bucketTotals = deepCopy(bucketTotals);
    bucketVariances = deepCopy(bucketVariances);
  }

  @Override
  public double[][] bucketTotals() {
    return deepCopy(bucketTotals);
  }

  @Override
  public double[][] bucketVariances() {
    return deepCopy(bucketVariances);
  }

  private static double[][] deepCopy(double[][] rows) {
    double[][] copy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }
}
