package dev.vigil.app.registry;

import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.csv.CsvLayout;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableReader;
import dev.vigil.app.train.TrainingTable;
import dev.vigil.models.BundleEvaluator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * A labelled CSV file as {@code registry compare --data} evaluates versions on it: every column is
 * read with its kind inferred as for {@code vigil train}, the target's positive class is {@code
 * --positive-label} or the one spelled 1/true/yes/y/churn, and each version takes the columns named
 * like its inputs.
 */
final class LabelledData {

  private LabelledData() {}

  /**
   * @throws IllegalArgumentException naming the option when the file, the target or its values are
   *     unusable
   */
  static BundleEvaluator evaluator(
      Path data, String target, Optional<String> positive, double threshold, PrintWriter err) {
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("--target is required with --data");
    }
    Table table;
    try {
      CsvLayout layout = CsvLayout.probe(data);
      if (!layout.header().contains(target)) {
        throw new IllegalArgumentException("--target: " + data + " has no column '" + target + "'");
      }
      table =
          TableReader.read(
              layout,
              new LinkedHashSet<>(layout.header()),
              ProgressMeter.forBytes(err, layout.bytes()));
    } catch (CsvInputException e) {
      throw new IllegalArgumentException("--data: " + e.getMessage(), e);
    }
    TrainingTable labelled = TrainingTable.of(table, target, positive);
    String description =
        data.getFileName()
            + " ("
            + labelled.rows().size()
            + " rows, "
            + target
            + " = "
            + labelled.classes().positiveValues().get(0)
            + " positive, threshold "
            + threshold
            + ")";
    return new BundleEvaluator(
        labelled.inputs(), labelled.rows(), labelled.labels(), threshold, description);
  }
}
