package dev.vigil.stats.detect;

import java.util.Map;

/**
 * The Early Drift Detection Method (Baena-García et al., 2006) on a 0/1 error stream, as River's
 * {@code drift.binary.EDDM}: at each error it updates the mean p' and standard deviation s' of the
 * distance (in updates) between consecutive errors and compares p' + 2s' with its maximum so far;
 * once more than {@code warm_start} values and {@code warm_start} errors are in, a ratio below
 * {@code alpha} warns and below {@code beta} detects a change. Only errors change the signal, so a
 * warning persists through correct values. The update after a detection starts over from an empty
 * state.
 */
public final class Eddm implements ChangeDetector {

  private static final String[] NAMES = {"warm_start", "alpha", "beta"};

  private final int warmStart;
  private final double alpha;
  private final double beta;
  private long count;
  private long lastError;
  private long errors;
  private double distanceMean;
  private double distanceSquares;
  private double maxLevel;
  private boolean warning;
  private boolean drift;

  private Eddm(EddmState s) {
    warmStart = s.warmStart();
    alpha = s.alpha();
    beta = s.beta();
    count = s.count();
    lastError = s.lastError();
    errors = s.errors();
    distanceMean = s.distanceMean();
    distanceSquares = s.distanceSquares();
    maxLevel = s.maxLevel();
    warning = s.warning();
    drift = s.drift();
  }

  /**
   * A detector with River's defaults ({@code warm_start} 30, {@code alpha} 0.95, {@code beta} 0.9)
   * overridden by {@code given}.
   *
   * @throws IllegalArgumentException naming the parameter, for an unknown name or a value out of
   *     range
   */
  public static Eddm of(DetectorParameters given) {
    given.requireOnly(DetectorMethod.EDDM, NAMES);
    return restore(
        EddmState.initial(
            ParameterChecks.count("warm_start", given.get("warm_start", 30)),
            given.get("alpha", 0.95),
            given.get("beta", 0.9)));
  }

  /** A detector that continues exactly from a saved state. */
  public static Eddm restore(EddmState state) {
    return new Eddm(state);
  }

  /** The current state, to save and {@link #restore} later. */
  public EddmState state() {
    return new EddmState(
        warmStart,
        alpha,
        beta,
        count,
        lastError,
        errors,
        distanceMean,
        distanceSquares,
        maxLevel,
        warning,
        drift);
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.EDDM;
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
    if (error == 1) {
      recordError();
      lastError = count;
    }
    return signal();
  }

  private void recordError() {
    errors++;
    double distance = count - lastError;
    double previousMean = distanceMean;
    distanceMean = RunningMean.next(distanceMean, errors, distance);
    distanceSquares += (distance - previousMean) * (distance - distanceMean);
    if (count <= warmStart) {
      return;
    }
    double variance = errors > 1 ? distanceSquares / (errors - 1) : 0.0;
    double level = distanceMean + 2 * Math.sqrt(variance);
    if (level > maxLevel) {
      maxLevel = level;
    } else if (errors > warmStart) {
      double ratio = level / maxLevel;
      if (ratio < beta) {
        drift = true;
      } else {
        warning = ratio < alpha;
      }
    }
  }

  @Override
  public DetectorSignal signal() {
    return DetectorSignal.of(drift, warning);
  }

  @Override
  public void reset() {
    count = 0;
    lastError = 0;
    errors = 0;
    distanceMean = 0.0;
    distanceSquares = 0.0;
    maxLevel = -1.0;
    warning = false;
    drift = false;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of("warm_start", (double) warmStart, "alpha", alpha, "beta", beta));
  }
}
