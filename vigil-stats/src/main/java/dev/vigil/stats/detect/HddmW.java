package dev.vigil.stats.detect;

import java.util.Map;

/**
 * The HDDM_W test (Frías-Blanco et al., 2014) on a 0/1 error stream, as River's {@code
 * drift.binary.HDDMW}: like {@link HddmA} but on exponentially weighted means (weight {@code
 * lambda_val} on the newest value) with McDiarmid's bound; the cut point for an increase is where
 * the weighted mean plus its bound was least, and the weighted mean of what came after it is
 * compared with the mean before it, warning at {@code warning_confidence} and detecting at {@code
 * drift_confidence}. With {@code two_sided_test} = 1 it also watches for a decrease. The update
 * after a detection starts over from an empty state.
 */
public final class HddmW implements ChangeDetector {

  private static final String[] NAMES = {
    "drift_confidence", "warning_confidence", "lambda_val", "two_sided_test"
  };

  private final double driftConfidence;
  private final double warningConfidence;
  private final double lambda;
  private final boolean twoSided;
  // River recomputes these logarithms at every update; they depend only on the parameters.
  private final double logInverseDrift;
  private final double logInverseWarning;
  private final EwmaSample total;
  private final EwmaSample increaseBefore;
  private final EwmaSample increaseAfter;
  private final EwmaSample decreaseBefore;
  private final EwmaSample decreaseAfter;
  private double increaseCut;
  private double decreaseCut;
  private boolean warning;
  private boolean drift;

  private HddmW(HddmWState s) {
    driftConfidence = s.driftConfidence();
    warningConfidence = s.warningConfidence();
    lambda = s.lambda();
    twoSided = s.twoSided();
    logInverseDrift = Math.log(1 / driftConfidence);
    logInverseWarning = Math.log(1 / warningConfidence);
    total = sample(s.total());
    increaseBefore = sample(s.increaseBefore());
    increaseAfter = sample(s.increaseAfter());
    decreaseBefore = sample(s.decreaseBefore());
    decreaseAfter = sample(s.decreaseAfter());
    increaseCut = s.increaseCut();
    decreaseCut = s.decreaseCut();
    warning = s.warning();
    drift = s.drift();
  }

  private EwmaSample sample(HddmWState.Sample state) {
    EwmaSample sample = new EwmaSample(lambda);
    sample.set(state);
    return sample;
  }

  /**
   * A detector with River's defaults ({@code drift_confidence} 0.001, {@code warning_confidence}
   * 0.005, {@code lambda_val} 0.05, {@code two_sided_test} 0) overridden by {@code given}.
   *
   * @throws IllegalArgumentException naming the parameter, for an unknown name or a value out of
   *     range
   */
  public static HddmW of(DetectorParameters given) {
    given.requireOnly(DetectorMethod.HDDM_W, NAMES);
    return restore(
        HddmWState.initial(
            given.get("drift_confidence", 0.001),
            given.get("warning_confidence", 0.005),
            given.get("lambda_val", 0.05),
            ParameterChecks.flag("two_sided_test", given.get("two_sided_test", 0))));
  }

  /** A detector that continues exactly from a saved state. */
  public static HddmW restore(HddmWState state) {
    return new HddmW(state);
  }

  /** The current state, to save and {@link #restore} later. */
  public HddmWState state() {
    return new HddmWState(
        driftConfidence,
        warningConfidence,
        lambda,
        twoSided,
        total.state(),
        increaseBefore.state(),
        increaseAfter.state(),
        decreaseBefore.state(),
        decreaseAfter.state(),
        increaseCut,
        decreaseCut,
        warning,
        drift);
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.HDDM_W;
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
    total.update(error);
    moveIncreaseCut(error);
    if (changed(increaseBefore, increaseAfter, logInverseDrift)) {
      warning = false;
      drift = true;
    } else {
      warning = changed(increaseBefore, increaseAfter, logInverseWarning);
      drift = false;
    }
    moveDecreaseCut(error);
    if (twoSided) {
      if (changed(decreaseAfter, decreaseBefore, logInverseDrift)) {
        drift = true;
      } else if (changed(decreaseAfter, decreaseBefore, logInverseWarning)) {
        warning = true;
      }
    }
    return signal();
  }

  // Both cut points move by the bound at drift_confidence, as in River (and MOA).
  private void moveIncreaseCut(double error) {
    double bound = mcDiarmidBound(total.boundCondition, logInverseDrift);
    if (total.ewma + bound < increaseCut) {
      increaseCut = total.ewma + bound;
      increaseBefore.copyFrom(total);
      increaseAfter.clear();
    } else {
      increaseAfter.update(error);
    }
  }

  private void moveDecreaseCut(double error) {
    double bound = mcDiarmidBound(total.boundCondition, logInverseDrift);
    if (total.ewma - bound > decreaseCut) {
      decreaseCut = total.ewma - bound;
      decreaseBefore.copyFrom(total);
      decreaseAfter.clear();
    } else {
      decreaseAfter.update(error);
    }
  }

  private static double mcDiarmidBound(double boundCondition, double logInverseConfidence) {
    return Math.sqrt(boundCondition * logInverseConfidence / 2);
  }

  /** Whether {@code later}'s weighted mean exceeds {@code earlier}'s by more than the bound. */
  private static boolean changed(
      EwmaSample earlier, EwmaSample later, double logInverseConfidence) {
    if (!(earlier.initialized && later.initialized)) {
      return false;
    }
    double bound =
        mcDiarmidBound(earlier.boundCondition + later.boundCondition, logInverseConfidence);
    return later.ewma - earlier.ewma > bound;
  }

  @Override
  public DetectorSignal signal() {
    return DetectorSignal.of(drift, warning);
  }

  @Override
  public void reset() {
    total.clear();
    increaseBefore.clear();
    increaseAfter.clear();
    decreaseBefore.clear();
    decreaseAfter.clear();
    increaseCut = Double.POSITIVE_INFINITY;
    decreaseCut = Double.NEGATIVE_INFINITY;
    warning = false;
    drift = false;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of(
            "drift_confidence", driftConfidence,
            "warning_confidence", warningConfidence,
            "lambda_val", lambda,
            "two_sided_test", twoSided ? 1.0 : 0.0));
  }
}
