package dev.vigil.app.monitor;

import java.time.Instant;
import java.util.Optional;

/**
 * One period of a prediction log: its index from 0, its rows (indices into the log, in log order)
 * and, when cut by calendar, its {@code [start, end)}. Invariant: at least one row.
 */
record Period(int index, int[] rows, Optional<Instant> start, Optional<Instant> end) {

  Period {
    if (index < 0) {
      throw new IllegalArgumentException("index: must be >= 0, got " + index);
    }
    if (rows.length == 0) {
      throw new IllegalArgumentException("rows: a period has at least one row");
    }
  }

  int size() {
    return rows.length;
  }
}
