package dev.vigil.stats.detect;

/**
 * A saved {@link Kswin}: its settings, the signal of its latest update, how many values it has seen
 * since it last started over, the latest p-value, the window (oldest first) and the Mersenne
 * Twister state (624 words and the position in them).
 */
public record KswinState(
    Settings settings,
    DetectorSignal signal,
    long seen,
    double pValue,
    double[] window,
    int[] randomState,
    int randomIndex) {

  /**
   * KSWIN's parameters: {@code 0 < alpha < 1}, {@code 1 <= statSize < windowSize}, {@code seed >=
   * 0}.
   */
  public record Settings(double alpha, int windowSize, int statSize, long seed) {
    public Settings {
      ParameterChecks.openUnit("alpha", alpha);
      if (statSize < 1 || statSize >= windowSize) {
        throw new IllegalArgumentException(
            "parameter stat_size: must be in [1, window_size), got "
                + statSize
                + " with window_size "
                + windowSize);
      }
      ParameterChecks.atLeast("seed", seed, 0);
    }
  }

  public KswinState {
    ParameterChecks.require(signal != null, "kswin signal", signal);
    ParameterChecks.require(seen >= window.length, "kswin seen", seen);
    ParameterChecks.require(pValue >= 0 && pValue <= 1, "kswin p-value", pValue);
    ParameterChecks.require(window.length <= settings.windowSize(), "kswin window", window.length);
    for (double v : window) {
      ParameterChecks.require(Double.isFinite(v), "kswin window value", v);
    }
    ParameterChecks.require(
        randomState.length == PythonRandom.N, "kswin random state", randomState.length);
    ParameterChecks.require(
        randomIndex >= 0 && randomIndex <= PythonRandom.N, "kswin random index", randomIndex);
    window = window.clone();
    randomState = randomState.clone();
  }

  @Override
  public double[] window() {
    return window.clone();
  }

  @Override
  public int[] randomState() {
    return randomState.clone();
  }
}
