package dev.vigil.core.detector;

import java.util.Map;

/**
 * Which detectors run on each model's live streams, by model name (the {@code detectors} block of
 * the config file, docs/DETECTORS.md); a model it does not name runs {@link
 * ModelDetectors#DEFAULT}.
 */
public record DetectorChoices(Map<String, ModelDetectors> models) {

  /** No choice: every model runs the defaults. */
  public static final DetectorChoices DEFAULTS = new DetectorChoices(Map.of());

  public DetectorChoices {
    models = Map.copyOf(models);
  }

  /** The detectors of the model's streams. */
  public ModelDetectors of(String model) {
    return models.getOrDefault(model, ModelDetectors.DEFAULT);
  }
}
