package dev.vigil.app.degrade;

/**
 * The accuracy {@code vigil degrade} manufactures: {@code periods} consecutive periods of {@code
 * batchSize} rows (the last one shorter when the rows do not divide evenly), period {@code i}
 * targeted at {@code start − i · drop}, clipped to [0, 1]. Invariants: start in [0, 1], drop finite
 * and {@code >= 0}, at least one period.
 */
public record AccuracySchedule(double start, double drop, int batchSize, int rows) {

  /** Where the spread drop takes the last period (the seed's "reaches ~50 % by the end"). */
  public static final double SPREAD_END = 0.5;

  public AccuracySchedule {
    if (!(start >= 0.0 && start <= 1.0)) {
      throw new IllegalArgumentException("--start-accuracy: must be in [0, 1], got " + start);
    }
    if (!(drop >= 0.0 && drop <= 1.0)) {
      throw new IllegalArgumentException("--drop: must be in [0, 1], got " + drop);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("--batch-size: must be at least 1, got " + batchSize);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows: the log has no rows");
    }
  }

  /** The drop spread evenly so the last period is at {@link #SPREAD_END} (0 for one period). */
  public static AccuracySchedule spread(double start, int batchSize, int rows) {
    int periods = periods(batchSize, rows);
    double drop = periods < 2 ? 0.0 : Math.max(0.0, (start - SPREAD_END) / (periods - 1));
    return new AccuracySchedule(start, drop, batchSize, rows);
  }

  static int periods(int batchSize, int rows) {
    return (int) ((rows + (long) batchSize - 1) / batchSize);
  }

  public int periods() {
    return periods(batchSize, rows);
  }

  /** The first row of period {@code i}, from 0. */
  public int startRow(int i) {
    return i * batchSize;
  }

  /** One past the last row of period {@code i}. */
  public int endRow(int i) {
    return (int) Math.min(rows, (long) (i + 1) * batchSize);
  }

  public double target(int i) {
    return Math.min(1.0, Math.max(0.0, start - i * drop));
  }

  /**
   * The correct rows of period {@code i}: {@code target · rows} rounded half up, after rounding it
   * to nine decimals so that binary fractions round as their decimals do (0.89 · 250 is
   * 222.49999999999997 in doubles, and gives 223).
   */
  public int correct(int i) {
    double exact = Math.rint(target(i) * (endRow(i) - startRow(i)) * 1e9) / 1e9;
    return (int) Math.floor(exact + 0.5);
  }
}
