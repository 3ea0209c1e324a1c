package dev.vigil.core.tracking;

import java.util.Locale;

/**
 * Whether an experiment or run is in use or deleted. Deleting is a mark, as in MLflow: the data
 * stays and a restore brings it back; searches leave deleted ones out unless asked.
 */
public enum LifecycleStage {
  ACTIVE,
  DELETED;

  /** MLflow's spelling: {@code active} or {@code deleted}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LifecycleStage ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
