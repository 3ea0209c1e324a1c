package dev.vigil.core.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller gives to register a version: the artifact location, the run that made it, metrics,
 * params, lineage and the bundle's checksum; the registry assigns the number and times.
 *
 * <p>Invariants: the source is not blank; metrics are finite; the checksum is 64 hex digits.
 */
public record NewVersion(
    String source,
    String runId,
    String description,
    Map<String, String> tags,
    Map<String, Double> metrics,
    Map<String, String> params,
    Lineage lineage,
    Optional<String> artifactSha256) {

  public NewVersion {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    runId = runId == null ? "" : runId;
    description = description == null ? "" : description;
    tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
    metrics = Map.copyOf(Objects.requireNonNull(metrics, "metrics"));
    metrics.forEach(
        (k, v) -> {
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("metrics." + k + " must be finite, was " + v);
          }
        });
    params = Map.copyOf(Objects.requireNonNull(params, "params"));
    Objects.requireNonNull(lineage, "lineage");
    Objects.requireNonNull(artifactSha256, "artifactSha256");
    artifactSha256.ifPresent(s -> RegistryNames.requireSha256("artifactSha256", s));
  }

  /** The same without description and tags, which a {@link ModelVersion} holds itself. */
  public NewVersion bare() {
    return new NewVersion(source, runId, "", Map.of(), metrics, params, lineage, artifactSha256);
  }

  /** A version known only by its artifact location, as MLflow's create call gives it. */
  public static NewVersion of(String source, String runId, String description) {
    return new NewVersion(
        source, runId, description, Map.of(), Map.of(), Map.of(), Lineage.NONE, Optional.empty());
  }
}
