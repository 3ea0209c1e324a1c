package dev.vigil.stats.detect;

/**
 * A saved {@link MeanVarianceShift}: its settings, the signal of its latest update, the reference
 * window (complete, or the values so far while it fills, then {@code current} is empty), the values
 * of the window being filled, and the p-values of the latest comparison.
 */
public record MeanVarianceShiftState(
    Settings settings,
    DetectorSignal signal,
    double[] reference,
    double[] current,
    double meanPValue,
    double variancePValue) {

  /** The detector's parameters: {@code windowSize >= 3}, {@code 0 < alpha < 1}. */
  public record Settings(int windowSize, double alpha) {
    public Settings {
      if (windowSize < 3) {
        throw new IllegalArgumentException(
            "parameter window_size: must be >= 3, got " + windowSize);
      }
      if (!(alpha > 0 && alpha < 1)) {
        throw new IllegalArgumentException("parameter alpha: must be in (0, 1), got " + alpha);
      }
    }
  }

  public MeanVarianceShiftState {
    WindowParameters.require(signal != null, "mean-variance signal", signal);
    int w = settings.windowSize();
    boolean filling = reference.length < w;
    WindowParameters.require(
        reference.length <= w && current.length < w && (!filling || current.length == 0),
        "mean-variance window lengths",
        reference.length + "/" + current.length);
    for (double v : reference) {
      WindowParameters.require(Double.isFinite(v), "mean-variance reference value", v);
    }
    for (double v : current) {
      WindowParameters.require(Double.isFinite(v), "mean-variance current value", v);
    }
    WindowParameters.require(meanPValue >= 0 && meanPValue <= 1, "mean p-value", meanPValue);
    WindowParameters.require(
        variancePValue >= 0 && variancePValue <= 1, "variance p-value", variancePValue);
    reference = reference.clone();
    current = current.clone();
  }

  @Override
  public double[] reference() {
    return reference.clone();
  }

  @Override
  public double[] current() {
    return current.clone();
  }
}
