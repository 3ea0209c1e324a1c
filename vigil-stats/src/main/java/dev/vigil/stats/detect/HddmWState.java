package dev.vigil.stats.detect;

/**
 * Everything an {@link HddmW} detector holds: its parameters (River's {@code drift_confidence},
 * {@code warning_confidence}, {@code lambda_val}, {@code two_sided_test}), its weighted samples and
 * cut points, so that it can be saved and resumed exactly.
 *
 * <p>Invariants: the parameters are in range (see {@link HddmW#of}); every sample is valid; the cut
 * points are not NaN.
 *
 * @param total everything seen since the last reset
 * @param increaseBefore the total at the cut point for an increase
 * @param increaseAfter what came after that cut point
 * @param decreaseBefore the total at the cut point for a decrease
 * @param decreaseAfter what came after that cut point
 * @param increaseCut least weighted mean + bound so far (+inf before any value)
 * @param decreaseCut greatest weighted mean - bound so far (-inf before any value)
 * @param warning whether the latest update warned
 * @param drift whether the latest update detected a change (the next update starts over)
 */
public record HddmWState(
    double driftConfidence,
    double warningConfidence,
    double lambda,
    boolean twoSided,
    Sample total,
    Sample increaseBefore,
    Sample increaseAfter,
    Sample decreaseBefore,
    Sample decreaseAfter,
    double increaseCut,
    double decreaseCut,
    boolean warning,
    boolean drift) {

  /**
   * One weighted sample: its exponentially weighted mean (finite), whether it has seen a value, and
   * its bound condition (sum of squared weights, finite and > 0).
   */
  public record Sample(double ewma, boolean initialized, double boundCondition) {
    public Sample {
      if (!Double.isFinite(ewma) || !(boundCondition > 0 && Double.isFinite(boundCondition))) {
        throw new IllegalArgumentException(
            "HDDM_W sample out of range: ewma " + ewma + ", bound condition " + boundCondition);
      }
    }

    static final Sample EMPTY = new Sample(0.0, false, 1.0);
  }

  public HddmWState {
    ParameterChecks.openUnit("drift_confidence", driftConfidence);
    ParameterChecks.openUnit("warning_confidence", warningConfidence);
    ParameterChecks.halfOpenUnit("lambda_val", lambda);
    for (Sample s : new Sample[] {total, increaseBefore, increaseAfter, decreaseBefore}) {
      if (s == null) {
        throw new IllegalArgumentException("HDDM_W state: a sample is missing");
      }
    }
    if (decreaseAfter == null || Double.isNaN(increaseCut) || Double.isNaN(decreaseCut)) {
      throw new IllegalArgumentException("HDDM_W state: a sample or cut point is missing");
    }
  }

  static HddmWState initial(
      double driftConfidence, double warningConfidence, double lambda, boolean twoSided) {
    Sample e = Sample.EMPTY;
    return new HddmWState(
        driftConfidence,
        warningConfidence,
        lambda,
        twoSided,
        e,
        e,
        e,
        e,
        e,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        false,
        false);
  }
}
