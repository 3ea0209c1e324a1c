package dev.vigil.core.registry;

import java.util.Arrays;
import java.util.Locale;

/**
 * The stage of a model version, spelt as MLflow spells it ({@code None}, {@code Production}...).
 */
public enum ModelStage {
  NONE("None"),
  STAGING("Staging"),
  PRODUCTION("Production"),
  ARCHIVED("Archived");

  private final String label;

  ModelStage(String label) {
    this.label = label;
  }

  /** MLflow's spelling. */
  public String label() {
    return label;
  }

  /** The stage of this name, case-insensitively (MLflow's clients send "production" too). */
  public static ModelStage parse(String text) {
    if (text != null) {
      for (ModelStage stage : values()) {
        if (stage.label.toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
          return stage;
        }
      }
    }
    throw new IllegalArgumentException(
        "stage must be one of "
            + Arrays.stream(values()).map(ModelStage::label).toList()
            + ", was '"
            + text
            + "'");
  }
}
