package dev.vigil.core.registry;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One registered version of a model. The number is assigned per model in order from 1 and never
 * reused, even after a deletion; MLflow's API shows it as a string. Its status is always READY:
 * Vigil registers a version only once its artifact is stored.
 *
 * <p>Invariants: the version is positive; metrics, params and tags are sorted copies.
 */
public record ModelVersion(
    String modelName,
    int version,
    NewVersion content,
    ModelStage stage,
    Map<String, String> tags,
    String description,
    Instant createdAt,
    Instant updatedAt) {

  /** MLflow's status of a version that can be used. */
  public static final String STATUS = "READY";

  public ModelVersion {
    RegistryNames.requireText("name", modelName);
    if (version < 1) {
      throw new IllegalArgumentException("version must be positive, was " + version);
    }
    content = Objects.requireNonNull(content, "content").bare();
    Objects.requireNonNull(stage, "stage");
    tags = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(tags, "tags")));
    description = description == null ? "" : description;
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A just registered version: stage None, the content's tags and description. */
  public static ModelVersion register(String model, int version, NewVersion content, Instant at) {
    return new ModelVersion(
        model, version, content, ModelStage.NONE, content.tags(), content.description(), at, at);
  }

  public ModelVersion withStage(ModelStage newStage, Instant at) {
    return new ModelVersion(
        modelName, version, content, newStage, tags, description, createdAt, at);
  }

  public ModelVersion withDescription(String text, Instant at) {
    return new ModelVersion(modelName, version, content, stage, tags, text, createdAt, at);
  }

  public ModelVersion withTags(Map<String, String> newTags, Instant at) {
    return new ModelVersion(
        modelName, version, content, stage, newTags, description, createdAt, at);
  }

  public Map<String, Double> metrics() {
    return new TreeMap<>(content.metrics());
  }

  public Map<String, String> params() {
    return new TreeMap<>(content.params());
  }
}
