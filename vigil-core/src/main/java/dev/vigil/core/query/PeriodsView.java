package dev.vigil.core.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the periods query: the scope (segment always all), the period size, when the
 * reference that data quality was compared with was uploaded, the periods in order, and the cursor
 * of the next page when the range holds more periods than one answer gives.
 */
public record PeriodsView(
    QueryScope scope,
    int size,
    Optional<Instant> referenceUploadedAt,
    List<Period> periods,
    Optional<PeriodCursor> next) {

  public PeriodsView {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(referenceUploadedAt, "referenceUploadedAt");
    periods = List.copyOf(periods);
    Objects.requireNonNull(next, "next");
  }
}
