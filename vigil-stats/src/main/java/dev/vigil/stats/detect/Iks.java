package dev.vigil.stats.detect;

import java.util.Map;

/**
 * Drift detection with the incremental Kolmogorov-Smirnov test (dos Reis et al., KDD 2016): the
 * first {@code window_size} values form the reference window; after that every update slides the
 * current window (the latest {@code window_size} values) by one and compares it with the reference
 * through {@link IncrementalKs} in O(log N). Drift when {@code D > c(alpha) sqrt(2 / n)} with
 * {@code c(alpha) = sqrt(-ln(alpha / 2) / 2)}, the asymptotic two-sided critical value (alpha 0.001
 * gives 1.9495, the reference code's {@code ca = 1.95}). After a drift the current window becomes
 * the reference, as {@code IKSSW.Update()} does, so one change is reported once.
 */
public final class Iks implements ChangeDetector {

  /** Vigil's defaults (IKS is not in River): window 100, alpha 0.001, seed 42. */
  public static final Map<String, Double> DEFAULTS =
      Map.of("window_size", 100.0, "alpha", 0.001, "seed", 42.0);

  private final IksState.Settings settings;
  private final double threshold;
  private IncrementalKs ks;
  private SlidingWindow reference;
  private SlidingWindow current;
  private DetectorSignal signal = DetectorSignal.NONE;

  private Iks(IksState.Settings settings) {
    this.settings = settings;
    this.threshold = criticalValue(settings.alpha()) * Math.sqrt(2.0 / settings.windowSize());
    reset();
  }

  /** An IKS detector with Vigil's defaults overridden by the given parameters. */
  public static Iks of(DetectorParameters given) {
    DetectorParameters p = given.requireOnly(DetectorMethod.IKS, "window_size", "alpha", "seed");
    return new Iks(
        new IksState.Settings(
            ParameterChecks.wholeAtLeast(
                "window_size", p.get("window_size", DEFAULTS.get("window_size")), 1),
            ParameterChecks.openUnit("alpha", p.get("alpha", DEFAULTS.get("alpha"))),
            ParameterChecks.seed("seed", p.get("seed", DEFAULTS.get("seed")))));
  }

  /** {@code c(alpha) = sqrt(-ln(alpha / 2) / 2)}. */
  public static double criticalValue(double alpha) {
    return Math.sqrt(-0.5 * Math.log(alpha / 2));
  }

  /** Continues from a saved state; the treap is rebuilt, which changes no result. */
  public static Iks restore(IksState state) {
    Iks iks = new Iks(state.settings());
    iks.ks = new IncrementalKs(state.randomState());
    iks.reference = SlidingWindow.of(state.settings().windowSize(), state.reference());
    iks.current = SlidingWindow.of(state.settings().windowSize(), state.current());
    for (double v : state.reference()) {
      iks.ks.add(v, true);
    }
    for (double v : state.current()) {
      iks.ks.add(v, false);
    }
    iks.signal = state.signal();
    return iks;
  }

  public IksState state() {
    return new IksState(
        settings, signal, ks.priorityState(), reference.toArray(), current.toArray());
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.IKS;
  }

  @Override
  public DetectorSignal update(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: must be finite, got " + value);
    }
    if (!reference.full()) {
      reference.add(value);
      current.add(value);
      ks.add(value, true);
      ks.add(value, false);
      signal = DetectorSignal.NONE;
      return signal;
    }
    ks.remove(current.add(value), false);
    ks.add(value, false);
    signal = ks.statistic() > threshold ? DetectorSignal.DRIFT : DetectorSignal.NONE;
    if (signal == DetectorSignal.DRIFT) {
      replaceReference();
    }
    return signal;
  }

  private void replaceReference() {
    for (double v : reference.toArray()) {
      ks.remove(v, true);
    }
    reference = SlidingWindow.of(settings.windowSize(), current.toArray());
    for (double v : current.toArray()) {
      ks.add(v, true);
    }
  }

  /** The KS statistic of the latest update (0 while the reference fills). */
  public double statistic() {
    return ks.statistic();
  }

  /** The statistic above which the test rejects: {@code c(alpha) sqrt(2 / window_size)}. */
  public double threshold() {
    return threshold;
  }

  @Override
  public DetectorSignal signal() {
    return signal;
  }

  @Override
  public void reset() {
    ks = new IncrementalKs(settings.seed());
    reference = SlidingWindow.of(settings.windowSize(), new double[0]);
    current = SlidingWindow.of(settings.windowSize(), new double[0]);
    signal = DetectorSignal.NONE;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of(
            "window_size", (double) settings.windowSize(),
            "alpha", settings.alpha(),
            "seed", (double) settings.seed()));
  }
}
