package dev.vigil.stats.detect;

import java.util.Map;

/**
 * The Page-Hinkley test for a change in the mean of a real-valued stream, as River's {@code
 * drift.PageHinkley}: it accumulates each value's deviation from the running mean, faded by {@code
 * alpha} and offset by the tolerance {@code delta}, and detects a change once the accumulated
 * deviation has risen (or fallen) more than {@code threshold} from its extreme, after at least
 * {@code min_instances} values. It never warns. The update after a detection starts over from an
 * empty state.
 */
public final class PageHinkley implements ChangeDetector {

  /** Which changes of the mean to watch; the parameter {@code mode} gives its code. */
  public enum Mode {
    /** Increases and decreases (code 0, the default). */
    BOTH(0),
    /** Increases only (code 1). */
    UP(1),
    /** Decreases only (code -1). */
    DOWN(-1);

    private final int code;

    Mode(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }

    public static Mode ofCode(double code) {
      for (Mode m : values()) {
        if (m.code == code) {
          return m;
        }
      }
      throw new IllegalArgumentException("mode must be 0 (both), 1 (up) or -1 (down): " + code);
    }
  }

  private static final String[] NAMES = {"min_instances", "delta", "threshold", "alpha", "mode"};

  private final int minInstances;
  private final double delta;
  private final double threshold;
  private final double alpha;
  private final Mode mode;
  private final boolean watchUp;
  private final boolean watchDown;
  private long count;
  private double mean;
  private double sumIncrease;
  private double sumDecrease;
  private double minIncrease;
  private double maxDecrease;
  private boolean drift;

  private PageHinkley(PageHinkleyState s) {
    minInstances = s.minInstances();
    delta = s.delta();
    threshold = s.threshold();
    alpha = s.alpha();
    mode = s.mode();
    watchUp = mode != Mode.DOWN;
    watchDown = mode != Mode.UP;
    count = s.count();
    mean = s.mean();
    sumIncrease = s.sumIncrease();
    sumDecrease = s.sumDecrease();
    minIncrease = s.minIncrease();
    maxDecrease = s.maxDecrease();
    drift = s.drift();
  }

  /**
   * A detector with River's defaults ({@code min_instances} 30, {@code delta} 0.005, {@code
   * threshold} 50, {@code alpha} 1 - 0.0001, {@code mode} 0 = both) overridden by {@code given}.
   *
   * @throws IllegalArgumentException naming the parameter, for an unknown name or a value out of
   *     range
   */
  public static PageHinkley of(DetectorParameters given) {
    given.requireOnly(DetectorMethod.PAGE_HINKLEY, NAMES);
    return restore(
        PageHinkleyState.initial(
            ParameterChecks.count("min_instances", given.get("min_instances", 30)),
            given.get("delta", 0.005),
            given.get("threshold", 50.0),
            given.get("alpha", 1 - 0.0001),
            Mode.ofCode(given.get("mode", 0))));
  }

  /** A detector that continues exactly from a saved state. */
  public static PageHinkley restore(PageHinkleyState state) {
    return new PageHinkley(state);
  }

  /** The current state, to save and {@link #restore} later. */
  public PageHinkleyState state() {
    return new PageHinkleyState(
        minInstances,
        delta,
        threshold,
        alpha,
        mode,
        count,
        mean,
        sumIncrease,
        sumDecrease,
        minIncrease,
        maxDecrease,
        drift);
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.PAGE_HINKLEY;
  }

  /**
   * @throws IllegalArgumentException for a NaN or infinite value
   */
  @Override
  public DetectorSignal update(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
    if (drift) {
      reset();
    }
    count++;
    mean = RunningMean.next(mean, count, value);
    double deviation = value - mean;
    sumIncrease = alpha * sumIncrease + deviation - delta;
    sumDecrease = alpha * sumDecrease + deviation + delta;
    if (sumIncrease < minIncrease) {
      minIncrease = sumIncrease;
    }
    if (sumDecrease > maxDecrease) {
      maxDecrease = sumDecrease;
    }
    if (count >= minInstances) {
      drift =
          (watchUp && sumIncrease - minIncrease > threshold)
              || (watchDown && maxDecrease - sumDecrease > threshold);
    }
    return signal();
  }

  @Override
  public DetectorSignal signal() {
    return drift ? DetectorSignal.DRIFT : DetectorSignal.NONE;
  }

  @Override
  public void reset() {
    count = 0;
    mean = 0.0;
    sumIncrease = 0.0;
    sumDecrease = 0.0;
    minIncrease = Double.POSITIVE_INFINITY;
    maxDecrease = -1.0;
    drift = false;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of(
            "min_instances", (double) minInstances,
            "delta", delta,
            "threshold", threshold,
            "alpha", alpha,
            "mode", (double) mode.code()));
  }
}
