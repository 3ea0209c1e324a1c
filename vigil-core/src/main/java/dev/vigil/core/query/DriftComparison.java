package dev.vigil.core.query;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.drift.ColumnData;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.ColumnInput;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.drift.DriftOptions;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.CategoryCounts;
import dev.vigil.stats.summary.NumericSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares a merged window summary with the reference the way {@code vigil drift} compares two
 * files: each feature's two distributions become a {@link ColumnInput} tested by {@link
 * DriftReport} with the automatic choice of method; a feature with no value on one side is skipped,
 * not tested. The scores and the label are tested on their own and do not count in the dataset
 * verdict.
 */
final class DriftComparison {

  static final String SCORE = "score";
  static final String LABEL = "label";

  private DriftComparison() {}

  static DriftView compare(
      QueryScope scope, ReferenceSummary reference, WindowSummary current, DriftOptions options) {
    List<ColumnInput> inputs = new ArrayList<>();
    List<SkippedFeature> skipped = new ArrayList<>();
    for (ColumnSchema column : scope.model().schema().columns()) {
      FeatureSummary ref = reference.features().get(column.name());
      FeatureSummary cur =
          current.features().getOrDefault(column.name(), DataQuality.emptyOf(column.kind()));
      Optional<String> reason = skipReason(ref, cur);
      if (reason.isPresent()) {
        skipped.add(new SkippedFeature(column.name(), reason.get()));
      } else {
        inputs.add(new ColumnInput(column.name(), kindOf(column, ref), data(ref), data(cur)));
      }
    }
    return new DriftView(
        scope,
        reference,
        current.predictions(),
        DriftReport.compute(inputs, options),
        skipped,
        predictionDrift(reference.scores().scores(), current.scores().scores(), options),
        labelDrift(reference.target(), current.labelled().confusion(), options));
  }

  private static Optional<String> skipReason(FeatureSummary ref, FeatureSummary cur) {
    if (ref == null || DataQuality.valuesOf(ref) == 0) {
      return Optional.of("no values in the reference");
    }
    if (DataQuality.valuesOf(cur) == 0) {
      return Optional.of("no values in the range");
    }
    if (ref.getClass() != cur.getClass()) {
      return Optional.of("the reference and the windows summarize it as different kinds");
    }
    return Optional.empty();
  }

  private static ColumnKind kindOf(ColumnSchema column, FeatureSummary summary) {
    // A boolean column is summarized as categories, which is how drift tests read it too.
    if (summary instanceof FeatureSummary.Numeric) {
      return ColumnKind.NUMERIC;
    }
    return column.kind() == ColumnKind.NUMERIC ? ColumnKind.CATEGORICAL : column.kind();
  }

  private static ColumnData data(FeatureSummary summary) {
    return summary instanceof FeatureSummary.Numeric n
        ? new ColumnData.Numeric(n.values())
        : new ColumnData.Categorical(((FeatureSummary.Categorical) summary).values());
  }

  private static Optional<ColumnDrift> predictionDrift(
      NumericSummary reference, NumericSummary current, DriftOptions options) {
    if (reference.count() == 0 || current.count() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        DriftReport.column(
            new ColumnInput(
                SCORE,
                ColumnKind.NUMERIC,
                new ColumnData.Numeric(reference),
                new ColumnData.Numeric(current)),
            options));
  }

  private static Optional<LabelDrift> labelDrift(
      CategoricalSummary reference, ConfusionCounts labelled, DriftOptions options) {
    if (reference.count() == 0 || labelled.count() == 0) {
      return Optional.empty();
    }
    Map<String, Long> counts = new TreeMap<>();
    if (labelled.negatives() > 0) {
      counts.put("0", labelled.negatives());
    }
    if (labelled.positives() > 0) {
      counts.put("1", labelled.positives());
    }
    ColumnDrift drift =
        DriftReport.column(
            new ColumnInput(
                LABEL,
                ColumnKind.CATEGORICAL,
                new ColumnData.Categorical(reference),
                new ColumnData.Categorical(CategoryCounts.of(counts))),
            options);
    double referenceRate = (double) reference.counts().getOrDefault("1", 0L) / reference.count();
    double currentRate = (double) labelled.positives() / labelled.count();
    return Optional.of(new LabelDrift(drift, referenceRate, currentRate));
  }
}
