package dev.vigil.app.registry;

import dev.vigil.core.model.ModelStore;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummaryCodec;
import dev.vigil.models.ModelBundle;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes a new champion's training profile the monitored model's reference, so drift is measured
 * against what the serving model learnt from. Only versions trained by {@code vigil train} carry a
 * profile ({@code ModelBundle.REFERENCE_PROFILE} in the bundle, pinned by its checksum); for others
 * the reference stays as it was (upload one with {@code PUT /api/v1/models/{name}/reference}).
 */
final class ChampionReference {

  private ChampionReference() {}

  /** True when the version had a profile and it is now the reference. */
  static boolean apply(ModelVersion champion, ModelStore models, ReferenceStore references) {
    if (models.find(champion.modelName()).isEmpty()) {
      return false;
    }
    Optional<String> checksum = champion.content().artifactSha256();
    Path bundle = Path.of(champion.content().source());
    if (checksum.isEmpty()
        || !ModelBundle.listsFile(bundle, checksum.get(), ModelBundle.REFERENCE_PROFILE)) {
      return false;
    }
    byte[] profile = ModelBundle.extra(bundle, checksum.get(), ModelBundle.REFERENCE_PROFILE);
    references.put(champion.modelName(), ReferenceSummaryCodec.decode(profile));
    return true;
  }
}
