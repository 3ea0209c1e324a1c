package dev.vigil.models;

import dev.vigil.stats.drift.ColumnKind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One raw input of a model and how many encoded columns it takes: a numeric or boolean input one, a
 * categorical input one per listed category (one-hot, in the listed order).
 *
 * <p>Invariants: the name is not blank; only a categorical input lists categories, and they are
 * unique and not null.
 */
public record ModelInput(String name, ColumnKind kind, List<String> categories) {

  public ModelInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (kind != ColumnKind.CATEGORICAL && !categories.isEmpty()) {
      throw new IllegalArgumentException(
          "categories: only a categorical input lists categories, '" + name + "' is " + kind.id());
    }
    if (new HashSet<>(categories).size() != categories.size()) {
      throw new IllegalArgumentException("categories: '" + name + "' lists a category twice");
    }
  }

  /** A numeric input. */
  public static ModelInput numeric(String name) {
    return new ModelInput(name, ColumnKind.NUMERIC, List.of());
  }

  /** A boolean input. */
  public static ModelInput bool(String name) {
    return new ModelInput(name, ColumnKind.BOOLEAN, List.of());
  }

  /** A categorical input one-hot encoded over these categories, in this order. */
  public static ModelInput categorical(String name, List<String> categories) {
    return new ModelInput(name, ColumnKind.CATEGORICAL, categories);
  }

  /** The number of encoded columns this input takes. */
  public int width() {
    return kind == ColumnKind.CATEGORICAL ? categories.size() : 1;
  }
}
