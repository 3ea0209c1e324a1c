package dev.vigil.stats.detect;

import java.util.Map;

/**
 * The Drift Detection Method (Gama et al., 2004) on a 0/1 error stream, as River's {@code
 * drift.binary.DDM}: it tracks the error rate p and its binomial deviation s, remembers where p + s
 * was least, and once more than {@code warm_start} values are in, warns when p + s exceeds that
 * minimum rate plus {@code warning_threshold} of its deviations and detects a change beyond {@code
 * drift_threshold} deviations. The update after a detection starts over from an empty state.
 */
public final class Ddm implements ChangeDetector {

  private static final String[] NAMES = {"warm_start", "warning_threshold", "drift_threshold"};

  private final int warmStart;
  private final double warningThreshold;
  private final double driftThreshold;
  private long count;
  private double errorRate;
  private double minRate;
  private double minDeviation;
  private double minSum;
  private boolean warning;
  private boolean drift;

  private Ddm(DdmState s) {
    warmStart = s.warmStart();
    warningThreshold = s.warningThreshold();
    driftThreshold = s.driftThreshold();
    count = s.count();
    errorRate = s.errorRate();
    minRate = s.minRate();
    minDeviation = s.minDeviation();
    minSum = s.minSum();
    warning = s.warning();
    drift = s.drift();
  }

  /**
   * A detector with River's defaults ({@code warm_start} 30, {@code warning_threshold} 2, {@code
   * drift_threshold} 3) overridden by {@code given}.
   *
   * @throws IllegalArgumentException naming the parameter, for an unknown name or a value out of
   *     range
   */
  public static Ddm of(DetectorParameters given) {
    given.requireOnly(DetectorMethod.DDM, NAMES);
    return restore(
        DdmState.initial(
            ParameterChecks.count("warm_start", given.get("warm_start", 30)),
            given.get("warning_threshold", 2.0),
            given.get("drift_threshold", 3.0)));
  }

  /** A detector that continues exactly from a saved state. */
  public static Ddm restore(DdmState state) {
    return new Ddm(state);
  }

  /** The current state, to save and {@link #restore} later. */
  public DdmState state() {
    return new DdmState(
        warmStart,
        warningThreshold,
        driftThreshold,
        count,
        errorRate,
        minRate,
        minDeviation,
        minSum,
        warning,
        drift);
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.DDM;
  }

  /**
   * @throws IllegalArgumentException for a value other than 0 or 1
   */
  @Override
  public DetectorSignal update(double error) {
    ParameterChecks.errorBit(error);
    if (drift) {
      reset();
    }
    count++;
    double n = count;
    errorRate = RunningMean.next(errorRate, n, error);
    if (count <= warmStart) {
      // Nothing is compared during the warm-up, and no warning or drift can be pending.
      return DetectorSignal.NONE;
    }
    double p = errorRate;
    double s = Math.sqrt(p * (1 - p) / n);
    if (p + s <= minSum) {
      minRate = p;
      minDeviation = s;
      minSum = minRate + minDeviation;
    }
    warning = p + s > minRate + warningThreshold * minDeviation;
    if (p + s > minRate + driftThreshold * minDeviation) {
      drift = true;
      warning = false;
    }
    return signal();
  }

  @Override
  public DetectorSignal signal() {
    return DetectorSignal.of(drift, warning);
  }

  @Override
  public void reset() {
    count = 0;
    errorRate = 0.0;
    minRate = Double.NaN;
    minDeviation = Double.NaN;
    minSum = Double.POSITIVE_INFINITY;
    warning = false;
    drift = false;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of(
            "warm_start", (double) warmStart,
            "warning_threshold", warningThreshold,
            "drift_threshold", driftThreshold));
  }
}
