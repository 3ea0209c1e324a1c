package dev.vigil.core.kserve;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The expiry of KServe halves whose partner never came (a logger in {@code mode: request} or {@code
 * response}, a lost event): each {@link #expireNow()} deletes the halves received more than the
 * time to live ago. Whoever owns the threads calls it every {@link #period()}, so a half is deleted
 * between {@code ttl} and {@code ttl + period} after it was received.
 *
 * <p>Invariants: the time to live is at least one second.
 */
public final class PendingExpiry {

  /** The longest wait between two runs, whatever the time to live. */
  static final Duration MAX_PERIOD = Duration.ofMinutes(1);

  private final PendingEventStore store;
  private final Duration ttl;
  private final Clock clock;

  public PendingExpiry(PendingEventStore store, Duration ttl, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("ttl must be at least 1 second, was " + ttl);
    }
  }

  /** Deletes the halves received before now minus the time to live. */
  public ExpiredHalves expireNow() {
    return store.expireBefore(clock.instant().minus(ttl));
  }

  /** How often to run: a quarter of the time to live, at most a minute. */
  public Duration period() {
    Duration quarter = ttl.dividedBy(4);
    return quarter.compareTo(MAX_PERIOD) < 0 ? quarter : MAX_PERIOD;
  }

  public Duration ttl() {
    return ttl;
  }
}
