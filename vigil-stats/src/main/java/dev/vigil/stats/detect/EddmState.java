package dev.vigil.stats.detect;

/**
 * Everything an {@link Eddm} detector holds: its parameters (River's {@code warm_start}, {@code
 * alpha}, {@code beta}) and its statistics of the distances between errors, so that it can be saved
 * and resumed exactly.
 *
 * <p>Invariants: the parameters are in range (see {@link Eddm#of}); {@code 0 <= errors <= count};
 * {@code lastError <= count}; the distance statistics are finite.
 *
 * @param count values seen since the last reset
 * @param lastError 1-based position of the latest error among them (0 before any)
 * @param errors errors among them, which is also the number of distances recorded
 * @param distanceMean mean distance between consecutive errors
 * @param distanceSquares sum of squared deviations of those distances (Welford's M2)
 * @param maxLevel greatest mean + 2 standard deviations of the distance so far (River starts it at
 *     -1)
 * @param warning whether the latest update left the detector warning (EDDM keeps a warning until an
 *     error moves it)
 * @param drift whether the latest update detected a change (the next update starts over)
 */
public record EddmState(
    int warmStart,
    double alpha,
    double beta,
    long count,
    long lastError,
    long errors,
    double distanceMean,
    double distanceSquares,
    double maxLevel,
    boolean warning,
    boolean drift) {

  public EddmState {
    ParameterChecks.count("warm_start", warmStart);
    ParameterChecks.halfOpenUnit("alpha", alpha);
    ParameterChecks.halfOpenUnit("beta", beta);
    if (alpha < beta) {
      throw new IllegalArgumentException("alpha must be >= beta: " + alpha + " < " + beta);
    }
    if (count < 0 || errors < 0 || errors > count || lastError < 0 || lastError > count) {
      throw new IllegalArgumentException(
          "EDDM state: counts out of range (count %d, errors %d, lastError %d)"
              .formatted(count, errors, lastError));
    }
    if (!Double.isFinite(distanceMean)
        || !(distanceSquares >= 0)
        || !Double.isFinite(distanceSquares)
        || !Double.isFinite(maxLevel)) {
      throw new IllegalArgumentException("EDDM state: distance statistics out of range");
    }
  }

  static EddmState initial(int warmStart, double alpha, double beta) {
    return new EddmState(warmStart, alpha, beta, 0, 0, 0, 0.0, 0.0, -1.0, false, false);
  }
}
