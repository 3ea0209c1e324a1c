package dev.vigil.stats.detect;

import java.util.Map;

/**
 * The HDDM_A test (Frías-Blanco et al., 2014) on a 0/1 error stream, as River's {@code
 * drift.binary.HDDMA}: it keeps the running error rate and, as cut point, the prefix whose
 * Hoeffding upper bound was least; when the rate since then exceeds the prefix's rate by more than
 * Hoeffding's bound at {@code warning_confidence} it warns, and at {@code drift_confidence} it
 * detects a change. With {@code two_sided_test} = 1 it also watches for a decrease of the error
 * rate. The update after a detection starts over from an empty state.
 */
public final class HddmA implements ChangeDetector {

  private static final String[] NAMES = {
    "drift_confidence", "warning_confidence", "two_sided_test"
  };

  private final double driftConfidence;
  private final double warningConfidence;
  private final boolean twoSided;
  // River recomputes these logarithms at every update; they depend only on the parameters.
  private final double logInverseDrift;
  private final double logTwiceInverseDrift;
  private final double logTwiceInverseWarning;
  private long count;
  private double mean;
  private long lowCount;
  private double lowMean;
  private long highCount;
  private double highMean;
  private boolean warning;
  private boolean drift;

  private HddmA(HddmAState s) {
    driftConfidence = s.driftConfidence();
    warningConfidence = s.warningConfidence();
    twoSided = s.twoSided();
    logInverseDrift = Math.log(1.0 / driftConfidence);
    logTwiceInverseDrift = Math.log(2.0 / driftConfidence);
    logTwiceInverseWarning = Math.log(2.0 / warningConfidence);
    count = s.count();
    mean = s.mean();
    lowCount = s.lowCount();
    lowMean = s.lowMean();
    highCount = s.highCount();
    highMean = s.highMean();
    warning = s.warning();
    drift = s.drift();
  }

  /**
   * A detector with River's defaults ({@code drift_confidence} 0.001, {@code warning_confidence}
   * 0.005, {@code two_sided_test} 0) overridden by {@code given}.
   *
   * @throws IllegalArgumentException naming the parameter, for an unknown name or a value out of
   *     range
   */
  public static HddmA of(DetectorParameters given) {
    given.requireOnly(DetectorMethod.HDDM_A, NAMES);
    return restore(
        HddmAState.initial(
            given.get("drift_confidence", 0.001),
            given.get("warning_confidence", 0.005),
            ParameterChecks.flag("two_sided_test", given.get("two_sided_test", 0))));
  }

  /** A detector that continues exactly from a saved state. */
  public static HddmA restore(HddmAState state) {
    return new HddmA(state);
  }

  /** The current state, to save and {@link #restore} later. */
  public HddmAState state() {
    return new HddmAState(
        driftConfidence,
        warningConfidence,
        twoSided,
        count,
        mean,
        lowCount,
        lowMean,
        highCount,
        highMean,
        warning,
        drift);
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.HDDM_A;
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
    mean = RunningMean.next(mean, count, error);
    moveCutPoints();
    if (increased(logTwiceInverseDrift)) {
      warning = false;
      drift = true;
    } else {
      warning = increased(logTwiceInverseWarning);
      drift = false;
    }
    if (twoSided) {
      if (decreased(logTwiceInverseDrift)) {
        drift = true;
      } else if (decreased(logTwiceInverseWarning)) {
        warning = true;
      }
    }
    return signal();
  }

  private void moveCutPoints() {
    if (lowCount == 0) {
      lowCount = count;
      lowMean = mean;
    }
    if (highCount == 0) {
      highCount = count;
      highMean = mean;
    }
    double bound = hoeffdingBound(count);
    if (lowMean + hoeffdingBound(lowCount) >= mean + bound) {
      lowCount = count;
      lowMean = mean;
    }
    if (highMean - hoeffdingBound(highCount) <= mean - bound) {
      highCount = count;
      highMean = mean;
    }
  }

  private double hoeffdingBound(double n) {
    return Math.sqrt(1.0 / (2 * n) * logInverseDrift);
  }

  private boolean increased(double logTwiceInverseConfidence) {
    if (lowCount == count) {
      return false;
    }
    return mean - lowMean >= differenceBound(lowCount, logTwiceInverseConfidence);
  }

  private boolean decreased(double logTwiceInverseConfidence) {
    if (highCount == count) {
      return false;
    }
    return highMean - mean >= differenceBound(highCount, logTwiceInverseConfidence);
  }

  /** Hoeffding's bound on the difference between a prefix's mean and the mean of everything. */
  private double differenceBound(double prefixCount, double logTwiceInverseConfidence) {
    double m = ((double) count - prefixCount) / prefixCount * (1.0 / count);
    return Math.sqrt(m / 2 * logTwiceInverseConfidence);
  }

  @Override
  public DetectorSignal signal() {
    return DetectorSignal.of(drift, warning);
  }

  @Override
  public void reset() {
    count = 0;
    mean = 0.0;
    lowCount = 0;
    lowMean = 0.0;
    highCount = 0;
    highMean = 0.0;
    warning = false;
    drift = false;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of(
            "drift_confidence", driftConfidence,
            "warning_confidence", warningConfidence,
            "two_sided_test", twoSided ? 1.0 : 0.0));
  }
}
