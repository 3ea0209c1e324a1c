package dev.vigil.core.serving;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every inference request a model answers or refuses, per minute over the last {@link
 * #HORIZON}, and reads them back as {@link ServingSignals}. Thread-safe and cheap on the request
 * path: a map look-up and a few increments under the model's own lock. A request counts in the
 * minute the {@link Clock} says it ended. Models are the served ones (an unknown model is refused
 * before anything is recorded), so the map is bounded by the registry.
 */
public final class ServingStats implements ServingSignals {

  private final Clock clock;
  private final ConcurrentHashMap<String, ServingRing> models = new ConcurrentHashMap<>();

  public ServingStats(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A request of {@code model} answered after {@code latencyNanos}. */
  public void answered(String model, long latencyNanos) {
    ring(model).answered(nowMinute(), latencyNanos / 1e9);
  }

  /** A request of {@code model} refused (4xx) by the model or its inputs, or failed (5xx). */
  public void failed(String model) {
    ring(model).failed(nowMinute());
  }

  @Override
  public OptionalDouble errorRate(String model, Duration over) {
    ServingRing.Period period = period(model, over);
    return period.requests == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) period.errors / period.requests);
  }

  @Override
  public OptionalDouble latencyQuantile(String model, double q, Duration over) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q must be in [0, 1], was " + q);
    }
    ServingRing.Period period = period(model, over);
    return period.latencies.total() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(period.latencies.quantile(q));
  }

  @Override
  public List<ServingMinute> minutes(String model, Duration over) {
    long span = minutes(over);
    ServingRing ring = models.get(Objects.requireNonNull(model, "model"));
    long to = nowMinute();
    return ring == null ? List.of() : ring.minutes(to - span + 1, to);
  }

  private ServingRing.Period period(String model, Duration over) {
    long span = minutes(over);
    ServingRing ring = models.get(Objects.requireNonNull(model, "model"));
    long to = nowMinute();
    long from = to - span + 1;
    return ring == null ? new ServingRing.Period() : ring.period(from, to);
  }

  private ServingRing ring(String model) {
    return models.computeIfAbsent(Objects.requireNonNull(model, "model"), m -> new ServingRing());
  }

  private long nowMinute() {
    return Math.floorDiv(clock.millis(), 60_000L);
  }

  /** The whole minutes a period covers, rounded up. */
  private static long minutes(Duration over) {
    Objects.requireNonNull(over, "over");
    if (over.isNegative() || over.isZero() || over.compareTo(HORIZON) > 0) {
      throw new IllegalArgumentException("over must be in (0, " + HORIZON + "], was " + over);
    }
    long whole = over.toMinutes();
    return over.equals(Duration.ofMinutes(whole)) ? whole : whole + 1;
  }
}
