package dev.vigil.app.train;

import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.models.HoldoutEvaluation;
import dev.vigil.models.LoadedModel;
import dev.vigil.models.ModelBundle;
import dev.vigil.models.TrainingData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a registered version on labelled rows, so a candidate and the champion are compared on the
 * same holdout rather than on figures each took on its own data. The version's bundle is verified
 * against the checksum the registry recorded; rows are matched to the version's inputs by column
 * name, since a retrained model may have other columns or another order.
 */
final class ChampionEvaluation {

  private ChampionEvaluation() {}

  static HoldoutEvaluation on(ModelVersion version, TrainingData data, double threshold) {
    String checksum =
        version
            .content()
            .artifactSha256()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        version.modelName()
                            + " version "
                            + version.version()
                            + " has no artifact checksum to verify its bundle with"));
    try (LoadedModel model = ModelBundle.load(Path.of(version.content().source()), checksum)) {
      double[] scores = model.score(reordered(data, model.inputs(), version));
      return HoldoutEvaluation.of(scores, data.labels(), threshold);
    }
  }

  private static List<Object[]> reordered(
      TrainingData data, DatasetSchema inputs, ModelVersion version) {
    List<String> names = data.inputs().names();
    int[] from = new int[inputs.size()];
    for (int i = 0; i < from.length; i++) {
      String name = inputs.columns().get(i).name();
      from[i] = names.indexOf(name);
      if (from[i] < 0) {
        throw new IllegalArgumentException(
            "--data has no column '"
                + name
                + "', which version "
                + version.version()
                + " of "
                + version.modelName()
                + " needs to be compared on the same holdout");
      }
    }
    List<Object[]> rows = new ArrayList<>(data.size());
    for (Object[] row : data.rows()) {
      Object[] values = new Object[from.length];
      for (int i = 0; i < from.length; i++) {
        values[i] = row[from[i]];
      }
      rows.add(values);
    }
    return rows;
  }
}
