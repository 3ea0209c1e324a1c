package dev.vigil.stats.detect;

import java.util.Map;

/**
 * A windowed test for a shift in the mean or the spread of a stream, Vigil's sound stand-in for the
 * "NM-DDM" of one of the seed setups (docs/DETECTORS.md). The first {@code window_size} values are
 * the reference window; the stream after it is cut into consecutive, non-overlapping windows of
 * {@code window_size} values, and when a window is complete it is compared with the reference by
 * Welch's t-test (mean) and the Brown-Forsythe test (spread), each at {@code alpha / 2}
 * (Bonferroni), so that under no change each comparison raises a false alarm with probability at
 * most about {@code alpha}. A drift makes the window that showed it the new reference.
 *
 * <p>Feed it raw values or per-batch statistics (batch means, batch standard deviations); the tests
 * assume the values within a window are independent.
 */
public final class MeanVarianceShift implements ChangeDetector {

  /** Vigil's defaults: windows of 100 values, a false-alarm rate of 0.001 per comparison. */
  public static final Map<String, Double> DEFAULTS = Map.of("window_size", 100.0, "alpha", 0.001);

  private final MeanVarianceShiftState.Settings settings;
  private double[] reference;
  private SlidingWindow current;
  private WindowComparison latest;
  private DetectorSignal signal = DetectorSignal.NONE;

  private MeanVarianceShift(MeanVarianceShiftState.Settings settings) {
    this.settings = settings;
    reset();
  }

  /** A detector with Vigil's defaults overridden by the given parameters. */
  public static MeanVarianceShift of(DetectorParameters given) {
    DetectorParameters p =
        given.requireOnly(DetectorMethod.MEAN_VARIANCE_SHIFT, "window_size", "alpha");
    return new MeanVarianceShift(
        new MeanVarianceShiftState.Settings(
            ParameterChecks.wholeAtLeast(
                "window_size", p.get("window_size", DEFAULTS.get("window_size")), 3),
            ParameterChecks.openUnit("alpha", p.get("alpha", DEFAULTS.get("alpha")))));
  }

  /** Continues from a saved state. */
  public static MeanVarianceShift restore(MeanVarianceShiftState state) {
    MeanVarianceShift d = new MeanVarianceShift(state.settings());
    double[] ref = state.reference();
    boolean filling = ref.length < state.settings().windowSize();
    d.reference = filling ? new double[0] : ref;
    d.current = SlidingWindow.of(state.settings().windowSize(), filling ? ref : state.current());
    d.latest = new WindowComparison(state.meanPValue(), state.variancePValue());
    d.signal = state.signal();
    return d;
  }

  public MeanVarianceShiftState state() {
    boolean filling = reference.length == 0;
    return new MeanVarianceShiftState(
        settings,
        signal,
        filling ? current.toArray() : reference.clone(),
        filling ? new double[0] : current.toArray(),
        latest.meanPValue(),
        latest.variancePValue());
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.MEAN_VARIANCE_SHIFT;
  }

  @Override
  public DetectorSignal update(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: must be finite, got " + value);
    }
    current.add(value);
    signal = DetectorSignal.NONE;
    if (!current.full()) {
      return signal;
    }
    double[] window = current.toArray();
    current.clear();
    if (reference.length == 0) {
      reference = window;
      return signal;
    }
    latest = WindowComparison.of(reference, window);
    double perTest = settings.alpha() / 2;
    if (latest.meanPValue() <= perTest || latest.variancePValue() <= perTest) {
      signal = DetectorSignal.DRIFT;
      reference = window;
    }
    return signal;
  }

  /** The tests of the latest completed window (p-values 1 before any). */
  public WindowComparison latestComparison() {
    return latest;
  }

  @Override
  public DetectorSignal signal() {
    return signal;
  }

  @Override
  public void reset() {
    reference = new double[0];
    current = SlidingWindow.of(settings.windowSize(), new double[0]);
    latest = new WindowComparison(1.0, 1.0);
    signal = DetectorSignal.NONE;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of("window_size", (double) settings.windowSize(), "alpha", settings.alpha()));
  }
}
