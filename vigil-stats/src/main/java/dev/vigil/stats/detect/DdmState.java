package dev.vigil.stats.detect;

/**
 * Everything a {@link Ddm} detector holds: its parameters (River's {@code warm_start}, {@code
 * warning_threshold}, {@code drift_threshold}) and its error-rate statistics, so that it can be
 * saved and resumed exactly.
 *
 * <p>Invariants: the parameters are in range (see {@link Ddm#of}); {@code count >= 0}; {@code
 * errorRate} in [0, 1]; a warning and a drift are never both set.
 *
 * @param count values seen since the last reset
 * @param errorRate mean of those values
 * @param minRate error rate where rate + deviation was least (NaN until warm-up ends)
 * @param minDeviation its standard deviation (NaN until warm-up ends)
 * @param minSum their sum (+inf until warm-up ends)
 * @param warning whether the latest update warned
 * @param drift whether the latest update detected a change (the next update starts over)
 */
public record DdmState(
    int warmStart,
    double warningThreshold,
    double driftThreshold,
    long count,
    double errorRate,
    double minRate,
    double minDeviation,
    double minSum,
    boolean warning,
    boolean drift) {

  public DdmState {
    ParameterChecks.count("warm_start", warmStart);
    ParameterChecks.positive("warning_threshold", warningThreshold);
    ParameterChecks.positive("drift_threshold", driftThreshold);
    if (warningThreshold > driftThreshold) {
      throw new IllegalArgumentException(
          "warning_threshold must be <= drift_threshold: "
              + warningThreshold
              + " > "
              + driftThreshold);
    }
    ParameterChecks.stateCount("count", count);
    if (!(errorRate >= 0 && errorRate <= 1) || Double.isNaN(minSum)) {
      throw new IllegalArgumentException("DDM state: error rate or minimum out of range");
    }
    if (warning && drift) {
      throw new IllegalArgumentException("DDM state: warning and drift both set");
    }
  }

  static DdmState initial(int warmStart, double warningThreshold, double driftThreshold) {
    return new DdmState(
        warmStart,
        warningThreshold,
        driftThreshold,
        0,
        0.0,
        Double.NaN,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        false,
        false);
  }
}
