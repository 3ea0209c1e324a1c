package dev.vigil.stats.detect;

/**
 * Everything an {@link HddmA} detector holds: its parameters (River's {@code drift_confidence},
 * {@code warning_confidence}, {@code two_sided_test}) and three running means — of everything seen
 * and of the prefixes at the cut points for an increase and a decrease — so that it can be saved
 * and resumed exactly.
 *
 * <p>Invariants: the parameters are in range (see {@link HddmA#of}); {@code 0 <= lowCount,
 * highCount <= count}; the means are in [0, 1].
 *
 * @param count values seen since the last reset
 * @param mean their mean
 * @param lowCount length of the prefix with the least upper bound (cut point for an increase)
 * @param lowMean its mean
 * @param highCount length of the prefix with the greatest lower bound (cut point for a decrease)
 * @param highMean its mean
 * @param warning whether the latest update warned
 * @param drift whether the latest update detected a change (the next update starts over)
 */
public record HddmAState(
    double driftConfidence,
    double warningConfidence,
    boolean twoSided,
    long count,
    double mean,
    long lowCount,
    double lowMean,
    long highCount,
    double highMean,
    boolean warning,
    boolean drift) {

  public HddmAState {
    ParameterChecks.openUnit("drift_confidence", driftConfidence);
    ParameterChecks.openUnit("warning_confidence", warningConfidence);
    if (count < 0 || lowCount < 0 || lowCount > count || highCount < 0 || highCount > count) {
      throw new IllegalArgumentException(
          "HDDM_A state: counts out of range (count %d, low %d, high %d)"
              .formatted(count, lowCount, highCount));
    }
    for (double m : new double[] {mean, lowMean, highMean}) {
      if (!(m >= 0 && m <= 1)) {
        throw new IllegalArgumentException("HDDM_A state: mean out of [0, 1]: " + m);
      }
    }
  }

  static HddmAState initial(double driftConfidence, double warningConfidence, boolean twoSided) {
    return new HddmAState(
        driftConfidence, warningConfidence, twoSided, 0, 0.0, 0, 0.0, 0, 0.0, false, false);
  }
}
