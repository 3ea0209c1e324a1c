package dev.vigil.models;

import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.VersionEvaluator;
import dev.vigil.core.schema.DatasetSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates registered versions on one labelled data set: each version's bundle is loaded from its
 * source directory, verified against the artifact checksum the registry recorded, given the data's
 * columns of the same names as its inputs (other columns are ignored), and its scores are measured
 * with {@link HoldoutEvaluation}. Every version is thus judged on the same rows, labels and
 * threshold.
 *
 * <p>Invariants: one label (0 or 1) per row; each row has one value per column; the threshold is in
 * [0, 1].
 */
public final class BundleEvaluator implements VersionEvaluator {

  private final DatasetSchema columns;
  private final List<Object[]> rows;
  private final int[] labels;
  private final double threshold;
  private final String description;

  /**
   * @param columns the names (and kinds) of the rows' values
   * @param rows raw values in column order (String, Double, Boolean or null, as served rows)
   * @param labels 0 or 1 per row
   * @param threshold the decision threshold of f1, precision, recall and accuracy
   * @param description what the data is, for the output
   */
  public BundleEvaluator(
      DatasetSchema columns,
      List<Object[]> rows,
      int[] labels,
      double threshold,
      String description) {
    this.columns = Objects.requireNonNull(columns, "columns");
    this.rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    this.labels = Objects.requireNonNull(labels, "labels").clone();
    this.description = Objects.requireNonNull(description, "description");
    if (this.rows.size() != this.labels.length) {
      throw new IllegalArgumentException(
          "labels: " + this.labels.length + " labels for " + this.rows.size() + " rows");
    }
    for (int i = 0; i < this.labels.length; i++) {
      if (this.labels[i] != 0 && this.labels[i] != 1) {
        throw new IllegalArgumentException(
            "labels: row " + i + " has " + this.labels[i] + ", expected 0 or 1");
      }
      if (this.rows.get(i).length != columns.size()) {
        throw new IllegalArgumentException(
            "rows: row "
                + i
                + " has "
                + this.rows.get(i).length
                + " values for "
                + columns.size()
                + " columns");
      }
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public String dataDescription() {
    return description;
  }

  /**
   * @throws IllegalArgumentException when the version has no recorded artifact checksum or the data
   *     lacks one of the model's inputs (named)
   * @throws CorruptBundleException when the bundle does not match its checksum
   */
  @Override
  public Map<String, Double> evaluate(ModelVersion version) {
    String checksum =
        version
            .content()
            .artifactSha256()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "version: "
                            + version.modelName()
                            + " v"
                            + version.version()
                            + " has no recorded artifact checksum, so its bundle cannot be"
                            + " verified"));
    try (LoadedModel model = ModelBundle.load(Path.of(version.content().source()), checksum)) {
      double[] scores = model.score(inputsOf(model.inputs(), version));
      return HoldoutEvaluation.of(scores, labels, threshold).metrics();
    }
  }

  /** The rows reduced to the model's inputs, in the model's order. */
  private List<Object[]> inputsOf(DatasetSchema inputs, ModelVersion version) {
    List<String> names = columns.names();
    int[] index = new int[inputs.size()];
    for (int i = 0; i < index.length; i++) {
      String input = inputs.names().get(i);
      index[i] = names.indexOf(input);
      if (index[i] < 0) {
        throw new IllegalArgumentException(
            "data: no column '"
                + input
                + "', an input of "
                + version.modelName()
                + " v"
                + version.version()
                + " (the data has "
                + names
                + ")");
      }
    }
    List<Object[]> picked = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Object[] values = new Object[index.length];
      for (int i = 0; i < index.length; i++) {
        values[i] = row[index[i]];
      }
      picked.add(values);
    }
    return picked;
  }
}
