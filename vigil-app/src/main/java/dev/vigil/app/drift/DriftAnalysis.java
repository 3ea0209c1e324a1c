package dev.vigil.app.drift;

import dev.vigil.app.csv.DatasetPair;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.ColumnInput;
import dev.vigil.stats.drift.DriftOptions;
import dev.vigil.stats.drift.DriftReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Drift of every column of a file pair: feature columns together (they decide the dataset verdict),
 * the target on its own. Columns with no value on a side are skipped, not tested.
 */
public final class DriftAnalysis {

  private DriftAnalysis() {}

  public static DriftOutcome run(DatasetPair pair, Optional<String> target, DriftOptions options) {
    List<String> names = pair.schema().names();
    // Sorting a million values per column side dominates here; columns are independent.
    List<ColumnInput> inputs =
        IntStream.range(0, names.size())
            .parallel()
            .mapToObj(
                i ->
                    ColumnInputs.of(
                        pair.reference().column(names.get(i)), pair.current().column(names.get(i))))
            .toList();
    List<ColumnInput> features = new ArrayList<>();
    List<SkippedColumn> skipped = new ArrayList<>();
    ColumnInput targetInput = null;
    for (ColumnInput input : inputs) {
      Optional<String> emptySide = emptySide(input, pair);
      if (emptySide.isPresent()) {
        skipped.add(new SkippedColumn(input.name(), "no values in " + emptySide.get()));
      } else if (target.isPresent() && target.get().equals(input.name())) {
        targetInput = input;
      } else {
        features.add(input);
      }
    }
    DriftReport report = DriftReport.compute(features, options);
    Optional<ColumnDrift> targetDrift =
        targetInput == null
            ? Optional.empty()
            : Optional.of(DriftReport.compute(List.of(targetInput), options).columns().get(0));
    return new DriftOutcome(
        pair.reference().source(),
        pair.reference().rows(),
        pair.current().source(),
        pair.current().rows(),
        report,
        targetDrift,
        skipped);
  }

  private static Optional<String> emptySide(ColumnInput input, DatasetPair pair) {
    if (input.reference().count() == 0) {
      return Optional.of(pair.reference().source());
    }
    return input.current().count() == 0 ? Optional.of(pair.current().source()) : Optional.empty();
  }
}
