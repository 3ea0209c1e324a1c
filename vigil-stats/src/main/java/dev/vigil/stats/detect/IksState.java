package dev.vigil.stats.detect;

/**
 * A saved {@link Iks}: its settings, the signal of its latest update, the state of the generator of
 * the treap's priorities (a restored treap may differ in shape, never in results), the reference
 * window and the current window (oldest first). Invariant: the current window is as long as the
 * reference and no longer than the window size.
 */
public record IksState(
    Settings settings,
    DetectorSignal signal,
    long randomState,
    double[] reference,
    double[] current) {

  /** IKS's parameters: {@code windowSize >= 1}, {@code 0 < alpha < 1}, {@code seed >= 0}. */
  public record Settings(int windowSize, double alpha, long seed) {
    public Settings {
      ParameterChecks.atLeast("window_size", windowSize, 1);
      ParameterChecks.openUnit("alpha", alpha);
      ParameterChecks.atLeast("seed", seed, 0);
    }
  }

  public IksState {
    ParameterChecks.require(signal != null, "iks signal", signal);
    ParameterChecks.require(
        reference.length <= settings.windowSize() && current.length == reference.length,
        "iks window lengths",
        reference.length + "/" + current.length);
    for (double v : reference) {
      ParameterChecks.require(Double.isFinite(v), "iks reference value", v);
    }
    for (double v : current) {
      ParameterChecks.require(Double.isFinite(v), "iks current value", v);
    }
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
