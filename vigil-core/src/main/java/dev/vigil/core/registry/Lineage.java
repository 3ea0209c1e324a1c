package dev.vigil.core.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a model version came from: the tracking run that trained it, the SHA-256 of the training
 * data file, its row count, and the version it was derived from (or replaces).
 *
 * <p>Invariants: the fingerprint is 64 lower-case hex digits; the row count is not negative; the
 * parent version is positive.
 */
public record Lineage(
    Optional<String> runId,
    Optional<String> dataSha256,
    Optional<Long> rowCount,
    Optional<Integer> parentVersion) {

  /** Nothing known. */
  public static final Lineage NONE =
      new Lineage(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Lineage {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(dataSha256, "dataSha256");
    Objects.requireNonNull(rowCount, "rowCount");
    Objects.requireNonNull(parentVersion, "parentVersion");
    dataSha256.ifPresent(s -> RegistryNames.requireSha256("dataSha256", s));
    if (rowCount.filter(n -> n < 0).isPresent()) {
      throw new IllegalArgumentException("rowCount must not be negative, was " + rowCount.get());
    }
    if (parentVersion.filter(v -> v < 1).isPresent()) {
      throw new IllegalArgumentException(
          "parentVersion must be positive, was " + parentVersion.get());
    }
  }
}
