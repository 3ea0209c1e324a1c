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
      ParameterChecks.atLeast("window_size", windowSize, 3);
      ParameterChecks.openUnit("alpha", alpha);
    }
  }

  public MeanVarianceShiftState {
    ParameterChecks.require(signal != null, "mean-variance signal", signal);
    int w = settings.windowSize();
    boolean filling = reference.length < w;
    ParameterChecks.require(
        reference.length <= w && current.length < w && (!filling || current.length == 0),
        "mean-variance window lengths",
        reference.length + "/" + current.length);
    for (double v : reference) {
      ParameterChecks.require(Double.isFinite(v), "mean-variance reference value", v);
    }
    for (double v : current) {
      ParameterChecks.require(Double.isFinite(v), "mean-variance current value", v);
    }
    ParameterChecks.require(meanPValue >= 0 && meanPValue <= 1, "mean p-value", meanPValue);
    ParameterChecks.require(
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
