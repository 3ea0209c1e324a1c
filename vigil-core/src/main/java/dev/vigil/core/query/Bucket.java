package dev.vigil.core.query;

import dev.vigil.core.window.WindowSummary;
import java.time.Instant;
import java.util.Objects;

/**
 * The merged summary of the base windows (of every version asked for) that start in {@code [start,
 * end)}. {@code partial} says the query's range covers only part of the bucket, so the summary
 * holds only the base windows inside the range.
 */
public record Bucket(Instant start, Instant end, boolean partial, WindowSummary summary) {

  public Bucket {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(summary, "summary");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start, were " + start + " and " + end);
    }
  }
}
