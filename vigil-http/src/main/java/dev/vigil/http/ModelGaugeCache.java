package dev.vigil.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The gauge samples of each model, computed at most once per {@link #TTL} by the clock, so that
 * frequent scrapes do not repeat the queries. Entries of models no longer asked for are dropped.
 * One computation at a time: a scrape that comes during another waits and then reads its result.
 */
final class ModelGaugeCache {

  /** How long a model's samples are served before they are computed again. */
  static final Duration TTL = Duration.ofSeconds(15);

  private record Entry(Instant computedAt, List<GaugeSample> samples) {}

  private final Clock clock;
  private final Function<String, List<GaugeSample>> compute;
  private final Map<String, Entry> entries = new HashMap<>();

  /**
   * @param compute the samples of a model; must not throw (a failure is the caller's to handle)
   */
  ModelGaugeCache(Clock clock, Function<String, List<GaugeSample>> compute) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /** The samples of each model, in the order given, fresh or computed now. */
  synchronized Map<String, List<GaugeSample>> samples(List<String> models) {
    Instant now = clock.instant();
    entries.keySet().retainAll(models);
    Map<String, List<GaugeSample>> samples = new LinkedHashMap<>();
    for (String model : models) {
      Entry entry = entries.get(model);
      if (entry == null || !fresh(entry, now)) {
        entry = new Entry(now, List.copyOf(compute.apply(model)));
        entries.put(model, entry);
      }
      samples.put(model, entry.samples());
    }
    return samples;
  }

  private static boolean fresh(Entry entry, Instant now) {
    // A clock set back counts as stale too, so a wrong time is not served for long.
    return !now.isBefore(entry.computedAt()) && now.isBefore(entry.computedAt().plus(TTL));
  }
}
