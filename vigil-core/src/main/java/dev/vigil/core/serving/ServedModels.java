package dev.vigil.core.serving;

import java.util.Optional;

/**
 * The model versions that answer inference requests, as the registry says: a model's default
 * version is the one with alias {@code champion}, else the one in stage Production. Safe for
 * concurrent use; a promotion is seen within a few seconds.
 */
public interface ServedModels {

  /** The version that answers requests without a version: champion, else Production. */
  Optional<ServedModel> current(String name);

  /** This exact version of the model, whatever its stage. */
  Optional<ServedModel> version(String name, String version);
}
