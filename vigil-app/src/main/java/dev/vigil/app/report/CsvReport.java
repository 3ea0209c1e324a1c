package dev.vigil.app.report;

import dev.vigil.app.csv.CsvLayout;
import dev.vigil.app.csv.DatasetPair;
import dev.vigil.app.csv.DatasetPairReader;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableColumn;
import dev.vigil.app.drift.ColumnInputs;
import dev.vigil.app.drift.DriftAnalysis;
import dev.vigil.app.drift.DriftOutcome;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnData;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.summary.CategoryCounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a report on two CSV files: drift exactly as {@code vigil drift} computes it (the score and
 * prediction columns apart), distributions and data quality from the rows, and, given a target and
 * a score or prediction column, realized and estimated performance over periods of the current
 * file.
 */
public final class CsvReport {

  private CsvReport() {}

  public static ReportDocument build(CsvReportRequest request, Clock clock, ProgressMeter meter) {
    CsvLayout ref = CsvLayout.probe(request.reference());
    CsvLayout cur = CsvLayout.probe(request.current());
    DatasetPair pair = DatasetPairReader.read(ref, cur, request.columns(), meter);
    for (Table table : List.of(pair.reference(), pair.current())) {
      request
          .scoring()
          .ifPresent(
              s -> LabelledRows.scores(table.column(s), request.scoringFlag(), table.source()));
    }
    Set<String> modelColumns = new java.util.HashSet<>();
    request.score().ifPresent(modelColumns::add);
    request.prediction().ifPresent(modelColumns::add);
    DriftOutcome outcome =
        DriftAnalysis.run(without(pair, modelColumns), request.target(), request.drift());
    DriftSection drift = drift(pair, outcome, request);
    PerformanceSection performance = performance(pair, request);
    EstimatedSeries estimated = estimated(pair, request);
    List<QualityRow> quality = quality(pair, request);
    return new ReportDocument(
        fileName(request.reference()) + " vs " + fileName(request.current()),
        sources(outcome, request),
        clock.instant(),
        Verdict.of(Optional.of(drift), performance, estimated),
        Optional.of(drift),
        quality,
        performance,
        estimated,
        List.of());
  }

  private static String fileName(java.nio.file.Path path) {
    java.nio.file.Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }

  private static List<String> sources(DriftOutcome outcome, CsvReportRequest request) {
    List<String> lines = new ArrayList<>();
    lines.add("Reference: " + outcome.referenceFile() + " (" + outcome.referenceRows() + " rows)");
    lines.add("Current: " + outcome.currentFile() + " (" + outcome.currentRows() + " rows)");
    request.target().ifPresent(t -> lines.add("Target: " + t));
    request.score().ifPresent(s -> lines.add("Score: " + s));
    request.prediction().ifPresent(p -> lines.add("Prediction: " + p));
    lines.add(
        "Periods: "
            + request.batchSize()
            + " rows of the current file each; decision threshold "
            + Format.number(request.decisionThreshold()));
    return lines;
  }

  private static DatasetPair without(DatasetPair pair, Set<String> names) {
    List<ColumnSchema> kept =
        pair.schema().columns().stream().filter(c -> !names.contains(c.name())).toList();
    return new DatasetPair(
        new DatasetSchema(kept), keep(pair.reference(), names), keep(pair.current(), names));
  }

  private static Table keep(Table table, Set<String> dropped) {
    return new Table(
        table.source(),
        table.rows(),
        table.columns().stream().filter(c -> !dropped.contains(c.name())).toList());
  }

  private static DriftSection drift(
      DatasetPair pair, DriftOutcome outcome, CsvReportRequest request) {
    List<FeatureRow> features =
        outcome.features().columns().stream().map(c -> row(pair, c)).toList();
    Optional<FeatureRow> target = outcome.target().map(c -> row(pair, c));
    Optional<FeatureRow> scores =
        request
            .score()
            .map(
                name ->
                    row(
                        pair,
                        DriftReport.column(
                            ColumnInputs.of(
                                pair.reference().column(name), pair.current().column(name)),
                            request.drift())));
    List<String> skipped =
        outcome.skipped().stream().map(s -> s.name() + ": " + s.reason()).toList();
    return new DriftSection(outcome.features(), features, target, scores, skipped);
  }

  private static FeatureRow row(DatasetPair pair, ColumnDrift drift) {
    return new FeatureRow(
        drift, bars(pair.reference().column(drift.name()), pair.current().column(drift.name())));
  }

  static Bars bars(TableColumn reference, TableColumn current) {
    if (reference instanceof TableColumn.Numeric r && current instanceof TableColumn.Numeric c) {
      return CsvBars.numeric(r, c);
    }
    var input = ColumnInputs.of(reference, current);
    return CsvBars.categorical(counts(input.reference()), counts(input.current()));
  }

  private static CategoryCounts counts(ColumnData data) {
    return (CategoryCounts) ((ColumnData.Categorical) data).distribution();
  }

  private static List<QualityRow> quality(DatasetPair pair, CsvReportRequest request) {
    List<QualityRow> rows = new ArrayList<>();
    for (ColumnSchema column : pair.schema().columns()) {
      String name = column.name();
      boolean role =
          request.score().map(name::equals).orElse(false)
              || request.prediction().map(name::equals).orElse(false);
      if (!role) {
        rows.add(CsvQuality.of(pair.reference().column(name), pair.current().column(name)));
      }
    }
    return rows;
  }

  private static PerformanceSection performance(DatasetPair pair, CsvReportRequest request) {
    if (request.target().isEmpty()) {
      return PerformanceSection.unavailable(request.policy(), "no --target column given");
    }
    if (request.scoring().isEmpty()) {
      return PerformanceSection.unavailable(
          request.policy(), "no --score or --prediction column given");
    }
    return CsvPeriods.of(
        rows(pair.reference(), request),
        rows(pair.current(), request),
        request.batchSize(),
        request.decisionThreshold(),
        request.policy());
  }

  private static EstimatedSeries estimated(DatasetPair pair, CsvReportRequest request) {
    if (request.target().isEmpty() || request.score().isEmpty()) {
      return EstimatedSeries.unavailable(
          "CBPE needs a --score column and a --target labelled in the reference");
    }
    EstimatedPerformance cbpe =
        new CbpeEstimates(
            rows(pair.reference(), request),
            rows(pair.current(), request).scores(),
            request.batchSize(),
            request.decisionThreshold());
    return cbpe.estimate();
  }

  private static LabelledRows rows(Table table, CsvReportRequest request) {
    return LabelledRows.of(
        table.column(request.scoring().orElseThrow()),
        request.scoringFlag(),
        table.column(request.target().orElseThrow()),
        table.source());
  }
}
