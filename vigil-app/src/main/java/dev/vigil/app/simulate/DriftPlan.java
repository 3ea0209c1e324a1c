package dev.vigil.app.simulate;

import java.time.Duration;

/**
 * The drift of one simulation: its kind, its strength in [0, 1], when it starts, and how many rows
 * are planned (for a start given as a fraction; 0 when unknown).
 */
record DriftPlan(DriftKind kind, double strength, DriftStart start, long plannedRows) {

  static final DriftPlan NONE = new DriftPlan(DriftKind.NONE, 0, new DriftStart(null, 0.0), 0);

  DriftPlan {
    if (!(strength >= 0 && strength <= 1)) {
      throw new IllegalArgumentException("--drift-strength must be in [0, 1], was " + strength);
    }
    if (start.fraction() != null && kind != DriftKind.NONE && plannedRows <= 0) {
      throw new IllegalArgumentException(
          "--drift-start as a fraction needs a known number of rows: give --limit (or --duration,"
              + " or a story time such as --drift-start 2h)");
    }
  }

  /** Whether row {@code index} (0-based), sent at {@code story} time, is drifted. */
  boolean active(long index, Duration story) {
    return kind != DriftKind.NONE && start.reached(index, story, plannedRows);
  }
}
