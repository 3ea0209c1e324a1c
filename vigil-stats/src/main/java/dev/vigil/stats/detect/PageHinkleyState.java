package dev.vigil.stats.detect;

/**
 * Everything a {@link PageHinkley} detector holds: its parameters (River's {@code min_instances},
 * {@code delta}, {@code threshold}, {@code alpha}, {@code mode}) and its running sums, so that it
 * can be saved and resumed exactly.
 *
 * <p>Invariants: the parameters are in range (see {@link PageHinkley#of}); {@code count >= 0};
 * {@code mean} and the sums are not NaN.
 *
 * @param count values seen since the last reset
 * @param mean mean of those values
 * @param sumIncrease faded cumulative deviation watched for an increase
 * @param sumDecrease faded cumulative deviation watched for a decrease
 * @param minIncrease least {@code sumIncrease} so far (+inf before any value)
 * @param maxDecrease greatest {@code sumDecrease} so far (River starts it at -1)
 * @param drift whether the latest update detected a change (the next update starts over)
 */
public record PageHinkleyState(
    int minInstances,
    double delta,
    double threshold,
    double alpha,
    PageHinkley.Mode mode,
    long count,
    double mean,
    double sumIncrease,
    double sumDecrease,
    double minIncrease,
    double maxDecrease,
    boolean drift) {

  public PageHinkleyState {
    ParameterChecks.count("min_instances", minInstances);
    ParameterChecks.nonNegative("delta", delta);
    ParameterChecks.positive("threshold", threshold);
    ParameterChecks.halfOpenUnit("alpha", alpha);
    if (mode == null) {
      throw new IllegalArgumentException("mode must be given");
    }
    ParameterChecks.stateCount("count", count);
    for (double v : new double[] {mean, sumIncrease, sumDecrease, minIncrease, maxDecrease}) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("Page-Hinkley state holds NaN");
      }
    }
  }

  /** A detector with these parameters that has seen nothing. */
  static PageHinkleyState initial(
      int minInstances, double delta, double threshold, double alpha, PageHinkley.Mode mode) {
    return new PageHinkleyState(
        minInstances,
        delta,
        threshold,
        alpha,
        mode,
        0,
        0.0,
        0.0,
        0.0,
        Double.POSITIVE_INFINITY,
        -1.0,
        false);
  }
}
