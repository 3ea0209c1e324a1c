package dev.vigil.app.traffic;

import java.time.Duration;
import java.time.Instant;

/**
 * Spaces requests {@code 1 / rate} apart in real time. A replay that fell behind (a slow server)
 * catches up by at most {@link #MAX_CATCH_UP} worth of requests rather than bursting everything it
 * missed, so the achieved rate says honestly what the server took. Not thread-safe: one replay loop
 * owns it.
 */
final class RateLimiter {

  static final Duration MAX_CATCH_UP = Duration.ofSeconds(1);

  private final long intervalNanos;
  private Instant next;

  RateLimiter(double ratePerSecond) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive, was " + ratePerSecond);
    }
    this.intervalNanos = Math.max(1, Math.round(1e9 / ratePerSecond));
  }

  /** How long to wait at {@code now} before the next request may go; zero when it may go now. */
  Duration waitBefore(Instant now) {
    if (next == null || !now.isBefore(next)) {
      return Duration.ZERO;
    }
    return Duration.between(now, next);
  }

  /**
   * Records that a request went at {@code now} (which must be when {@link #waitBefore} is zero).
   */
  void take(Instant now) {
    if (next == null || next.plus(MAX_CATCH_UP).isBefore(now)) {
      next = now;
    }
    next = next.plusNanos(intervalNanos);
  }
}
