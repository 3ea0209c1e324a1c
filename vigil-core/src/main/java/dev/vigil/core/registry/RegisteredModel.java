package dev.vigil.core.registry;

import dev.vigil.core.model.MonitoredModel;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A named model in the registry: its description, tags, and aliases (alias -> version number).
 *
 * <p>Invariants: the name follows MLflow's rules (see {@link RegistryNames}); every alias is a
 * valid name pointing at a positive version; tags and aliases are sorted copies.
 */
public record RegisteredModel(
    String name,
    String description,
    Map<String, String> tags,
    Map<String, Integer> aliases,
    Instant createdAt,
    Instant updatedAt) {

  private static final Pattern MONITORABLE = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  public RegisteredModel {
    RegistryNames.requireText("name", name);
    description = description == null ? "" : description;
    tags = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(tags, "tags")));
    tags.keySet().forEach(k -> RegistryNames.requireText("tags", k));
    aliases = Map.copyOf(Objects.requireNonNull(aliases, "aliases"));
    aliases.forEach(
        (alias, version) -> {
          RegistryNames.requireText("alias", alias);
          if (version < 1) {
            throw new IllegalArgumentException("version must be positive, was " + version);
          }
        });
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new model with no tags nor aliases. */
  public static RegisteredModel create(String name, String description, Instant at) {
    return new RegisteredModel(name, description, Map.of(), Map.of(), at, at);
  }

  /**
   * Whether Vigil can serve and monitor this model: its name is also a valid {@link MonitoredModel}
   * name.
   */
  public boolean servable() {
    return MONITORABLE.matcher(name).matches();
  }

  public RegisteredModel withDescription(String text, Instant at) {
    return new RegisteredModel(name, text, tags, aliases, createdAt, at);
  }

  public RegisteredModel withTags(Map<String, String> newTags, Instant at) {
    return new RegisteredModel(name, description, newTags, aliases, createdAt, at);
  }

  public RegisteredModel withAliases(Map<String, Integer> newAliases, Instant at) {
    return new RegisteredModel(name, description, tags, newAliases, createdAt, at);
  }

  /** The aliases pointing at this version, sorted. */
  public List<String> aliasesOf(int version) {
    return sortedAliases().entrySet().stream()
        .filter(e -> e.getValue() == version)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Aliases sorted by name, for stable output. */
  public Map<String, Integer> sortedAliases() {
    return new TreeMap<>(aliases);
  }
}
