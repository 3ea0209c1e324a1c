package dev.vigil.stats.detect;

import java.util.Map;

/**
 * ADWIN (Bifet and Gavaldà 2007), as River 0.26.1's {@code drift.ADWIN} (its Rust {@code
 * AdaptiveWindowing}), with the same floating-point operations in the same order so that drift
 * indices, width and estimate equal River's. Every {@code clock} updates, once the window holds
 * more than {@code grace_period} values, each cut between buckets into an older part W0 and a newer
 * part W1 (both at least {@code min_window_length}) is tested with the Hoeffding-Bernstein bound of
 * confidence {@code delta}; while a cut exceeds it, the oldest bucket is dropped and the update
 * signals drift. As in River, the update after a drift starts from an empty window.
 */
public final class Adwin implements ChangeDetector {

  /** River's defaults. */
  public static final Map<String, Double> DEFAULTS =
      Map.of(
          "delta", 0.002,
          "clock", 32.0,
          "max_buckets", 5.0,
          "min_window_length", 5.0,
          "grace_period", 10.0);

  private final AdwinState.Settings settings;
  private AdwinBuckets buckets;
  private double total;
  private double variance;
  private double width;
  private double totalWidth;
  private int bucketCount;
  private int maxBucketCount;
  private int tick;
  private int detections;
  private DetectorSignal signal = DetectorSignal.NONE;

  private Adwin(AdwinState.Settings settings) {
    this.settings = settings;
    reset();
  }

  /** An ADWIN with River's defaults overridden by the given parameters. */
  public static Adwin of(DetectorParameters given) {
    DetectorParameters p =
        given.requireOnly(
            DetectorMethod.ADWIN,
            "delta",
            "clock",
            "max_buckets",
            "min_window_length",
            "grace_period");
    return new Adwin(
        new AdwinState.Settings(
            ParameterChecks.openUnit("delta", p.get("delta", DEFAULTS.get("delta"))),
            ParameterChecks.wholeAtLeast("clock", p.get("clock", DEFAULTS.get("clock")), 1),
            ParameterChecks.wholeAtLeast(
                "max_buckets", p.get("max_buckets", DEFAULTS.get("max_buckets")), 1),
            ParameterChecks.wholeAtLeast(
                "min_window_length",
                p.get("min_window_length", DEFAULTS.get("min_window_length")),
                1),
            ParameterChecks.wholeAtLeast(
                "grace_period", p.get("grace_period", DEFAULTS.get("grace_period")), 0)));
  }

  /** Continues from a saved state. */
  public static Adwin restore(AdwinState s) {
    Adwin a = new Adwin(s.settings());
    a.buckets = AdwinBuckets.of(s.settings().maxBuckets(), s.bucketTotals(), s.bucketVariances());
    a.total = s.total();
    a.variance = s.variance();
    a.width = s.width();
    a.totalWidth = s.totalWidth();
    a.bucketCount = s.bucketCount();
    a.maxBucketCount = s.maxBucketCount();
    a.tick = s.tick();
    a.detections = s.detections();
    a.signal = s.signal();
    return a;
  }

  public AdwinState state() {
    return new AdwinState(
        settings,
        signal,
        total,
        variance,
        width,
        totalWidth,
        bucketCount,
        maxBucketCount,
        tick,
        detections,
        buckets.totalsCopy(),
        buckets.variancesCopy());
  }

  @Override
  public DetectorMethod method() {
    return DetectorMethod.ADWIN;
  }

  @Override
  public DetectorSignal update(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: must be finite, got " + value);
    }
    if (signal == DetectorSignal.DRIFT) {
      reset();
    }
    insert(value);
    signal = detectChange() ? DetectorSignal.DRIFT : DetectorSignal.NONE;
    return signal;
  }

  /** Number of values in the window. */
  public long width() {
    return (long) width;
  }

  /** Mean of the window (0 when empty), as River's {@code estimation}. */
  public double estimation() {
    return width == 0 ? 0.0 : total / width;
  }

  /** Sum of squared deviations from the mean over the window, as River's {@code variance}. */
  public double variance() {
    return variance;
  }

  private void insert(double value) {
    buckets.append(0, value, 0.0);
    bucketCount++;
    maxBucketCount = Math.max(maxBucketCount, bucketCount);
    width += 1.0;
    double increment = 0.0;
    if (width > 1.0) {
      double d = value - total / (width - 1.0);
      increment = (width - 1.0) * d * d / width;
    }
    variance += increment;
    total += value;
    compress();
  }

  private void compress() {
    int row = 0;
    while (buckets.count(row) == settings.maxBuckets() + 1) {
      double n1 = Math.scalb(1.0, row);
      double t0 = buckets.total(row, 0);
      double t1 = buckets.total(row, 1);
      double mu1 = t0 / n1;
      double mu2 = t1 / n1;
      double merged = buckets.variance(row, 0) + buckets.variance(row, 1);
      merged = merged + n1 * 0.5 * (mu1 - mu2) * (mu1 - mu2);
      buckets.append(row + 1, t0 + t1, merged);
      bucketCount++;
      buckets.dropOldest(row, 2);
      if (buckets.count(row + 1) <= settings.maxBuckets()) {
        break;
      }
      row++;
    }
  }

  private void deleteOldest() {
    int last = buckets.rows() - 1;
    double n = Math.scalb(1.0, last);
    double u = buckets.total(last, 0);
    double v = buckets.variance(last, 0);
    double mu = u / n;
    width -= n;
    total -= u;
    double muWindow = total / width;
    variance -= v + n * width * (mu - muWindow) * (mu - muWindow) / (n + width);
    buckets.dropOldest(last, 1);
    bucketCount--;
    buckets.trimEmptyLastRow();
  }

  private boolean detectChange() {
    boolean detected = false;
    tick++;
    if (tick % settings.clock() == 0 && width > settings.gracePeriod()) {
      boolean reduce = true;
      while (reduce) {
        reduce = findCut();
        if (reduce) {
          detected = true;
          if (width > 0.0) {
            deleteOldest();
          }
        }
      }
    }
    totalWidth += width;
    if (detected) {
      detections++;
    }
    return detected;
  }

  /** Whether some cut, scanned from the oldest bucket, separates means beyond the bound. */
  private boolean findCut() {
    double n0 = 0.0;
    double n1 = width;
    double u0 = 0.0;
    double u1 = total;
    double minLength = settings.minWindowLength();
    for (int row = buckets.rows() - 1; row >= 0; row--) {
      double size = Math.scalb(1.0, row);
      int count = buckets.count(row);
      for (int k = 0; k < count; k++) {
        n0 += size;
        n1 -= size;
        double t = buckets.total(row, k);
        u0 += t;
        u1 -= t;
        if (row == 0 && k == count - 1) {
          return false;
        }
        double deltaMean = (u0 / n0) - (u1 / n1);
        if (n1 >= minLength && n0 >= minLength && exceedsBound(n0, n1, deltaMean)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean exceedsBound(double n0, double n1, double deltaMean) {
    double deltaPrime = Math.log(2.0 * Math.log(width) / settings.delta());
    double m =
        1.0 / (n0 - settings.minWindowLength() + 1.0)
            + 1.0 / (n1 - settings.minWindowLength() + 1.0);
    double epsilon =
        Math.sqrt(2.0 * m * (variance / width) * deltaPrime) + 2.0 / 3.0 * deltaPrime * m;
    return Math.abs(deltaMean) > epsilon;
  }

  @Override
  public DetectorSignal signal() {
    return signal;
  }

  @Override
  public void reset() {
    buckets = new AdwinBuckets(settings.maxBuckets());
    total = 0;
    variance = 0;
    width = 0;
    totalWidth = 0;
    bucketCount = 0;
    maxBucketCount = 0;
    tick = 0;
    detections = 0;
    signal = DetectorSignal.NONE;
  }

  @Override
  public DetectorParameters parameters() {
    return new DetectorParameters(
        Map.of(
            "delta", settings.delta(),
            "clock", (double) settings.clock(),
            "max_buckets", (double) settings.maxBuckets(),
            "min_window_length", (double) settings.minWindowLength(),
            "grace_period", (double) settings.gracePeriod()));
  }
}
