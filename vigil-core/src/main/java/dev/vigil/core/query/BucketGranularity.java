package dev.vigil.core.query;

import dev.vigil.core.model.WindowGranularity;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The length of the buckets a query rolls base windows up into. Buckets are aligned in UTC: a
 * minute or an hour on the clock, a day from 00:00, a week (ISO) from Monday 00:00.
 */
public enum BucketGranularity {
  MINUTE(Duration.ofMinutes(1)),
  HOUR(Duration.ofHours(1)),
  DAY(Duration.ofDays(1)),
  WEEK(Duration.ofDays(7));

  private final Duration length;

  BucketGranularity(Duration length) {
    this.length = length;
  }

  public Duration length() {
    return length;
  }

  /** The lower-case name the API uses ({@code minute}, {@code hour}, {@code day}, {@code week}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The granularity with this id, ignoring case; an error naming {@code granularity} otherwise. */
  public static BucketGranularity fromId(String id) {
    for (BucketGranularity g : values()) {
      if (g.id().equalsIgnoreCase(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "granularity: '" + id + "' is not one of minute, hour, day, week");
  }

  /** The bucket granularity as long as a model's base windows. */
  public static BucketGranularity of(WindowGranularity base) {
    return base == WindowGranularity.MINUTE ? MINUTE : HOUR;
  }

  /**
   * This granularity, when base windows of {@code base} fit in its buckets.
   *
   * @throws IllegalArgumentException naming {@code granularity} when it is finer than the base
   */
  public BucketGranularity requireNotFinerThan(WindowGranularity base) {
    if (length.compareTo(base.length()) < 0) {
      throw new IllegalArgumentException(
          "granularity: '"
              + id()
              + "' is finer than the model's base windows ('"
              + base.id()
              + "'); use "
              + base.id()
              + " or coarser");
    }
    return this;
  }

  /** The start of the bucket holding {@code t}. */
  public Instant bucketStart(Instant t) {
    return switch (this) {
      case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
      case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
      case DAY -> t.truncatedTo(ChronoUnit.DAYS);
      case WEEK ->
          ZonedDateTime.ofInstant(t, ZoneOffset.UTC)
              .truncatedTo(ChronoUnit.DAYS)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .toInstant();
    };
  }

  /** The end (exclusive) of the bucket starting at {@code start}. */
  public Instant bucketEnd(Instant start) {
    return start.plus(length);
  }
}
