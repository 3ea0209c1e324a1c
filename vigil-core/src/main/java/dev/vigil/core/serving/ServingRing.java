package dev.vigil.core.serving;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One model's last {@value #SLOTS} minutes of requests: a ring of per-minute slots indexed by the
 * epoch minute, each slot reused (cleared) when a later minute lands on it, so a minute older than
 * the horizon is gone without a sweep. Every method holds the ring's lock: a record is a few
 * increments, so requests of one model hardly wait for each other.
 */
final class ServingRing {

  static final int SLOTS = 60;
  private static final long NONE = Long.MIN_VALUE;

  private final long[] minuteOf = new long[SLOTS];
  private final long[] requests = new long[SLOTS];
  private final long[] errors = new long[SLOTS];
  private final LatencyHistogram[] latencies = new LatencyHistogram[SLOTS];

  ServingRing() {
    java.util.Arrays.fill(minuteOf, NONE);
  }

  synchronized void answered(long epochMinute, double seconds) {
    int slot = slot(epochMinute);
    if (slot >= 0) {
      requests[slot]++;
      if (latencies[slot] == null) {
        latencies[slot] = new LatencyHistogram();
      }
      latencies[slot].add(seconds);
    }
  }

  synchronized void failed(long epochMinute) {
    int slot = slot(epochMinute);
    if (slot >= 0) {
      requests[slot]++;
      errors[slot]++;
    }
  }

  /** Requests, errors and latencies of the minutes in [from, to], merged. */
  synchronized Period period(long from, long to) {
    Period period = new Period();
    for (int slot = 0; slot < SLOTS; slot++) {
      if (within(slot, from, to)) {
        period.requests += requests[slot];
        period.errors += errors[slot];
        if (latencies[slot] != null) {
          period.latencies.addAll(latencies[slot]);
        }
      }
    }
    return period;
  }

  /** The minutes in [from, to] that had a request, oldest first. */
  synchronized List<ServingMinute> minutes(long from, long to) {
    List<ServingMinute> minutes = new ArrayList<>();
    for (long minute = from; minute <= to; minute++) {
      int slot = (int) Math.floorMod(minute, (long) SLOTS);
      if (minuteOf[slot] == minute && requests[slot] > 0) {
        LatencyHistogram h = latencies[slot];
        boolean answered = h != null && h.total() > 0;
        minutes.add(
            new ServingMinute(
                Instant.ofEpochSecond(minute * 60),
                requests[slot],
                errors[slot],
                answered ? OptionalDouble.of(h.quantile(0.5)) : OptionalDouble.empty(),
                answered ? OptionalDouble.of(h.quantile(0.99)) : OptionalDouble.empty()));
      }
    }
    return minutes;
  }

  private boolean within(int slot, long from, long to) {
    return minuteOf[slot] >= from && minuteOf[slot] <= to;
  }

  /** The slot of this minute, cleared if it held an older one; -1 if it holds a later one. */
  private int slot(long epochMinute) {
    int slot = (int) Math.floorMod(epochMinute, (long) SLOTS);
    if (minuteOf[slot] > epochMinute) {
      return -1; // the clock went back more than the horizon: the record is too old to keep
    }
    if (minuteOf[slot] != epochMinute) {
      minuteOf[slot] = epochMinute;
      requests[slot] = 0;
      errors[slot] = 0;
      if (latencies[slot] != null) {
        latencies[slot].clear();
      }
    }
    return slot;
  }

  /** A merged read of several minutes, owned by the reader. */
  static final class Period {
    long requests;
    long errors;
    final LatencyHistogram latencies = new LatencyHistogram();
  }
}
