package dev.vigil.app;

import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.csv.CsvLayout;
import dev.vigil.app.csv.DatasetPair;
import dev.vigil.app.csv.DatasetPairReader;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.drift.DriftAnalysis;
import dev.vigil.app.drift.DriftJson;
import dev.vigil.app.drift.DriftOutcome;
import dev.vigil.app.drift.DriftTable;
import dev.vigil.stats.drift.DriftMethod;
import dev.vigil.stats.drift.DriftOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code vigil drift}: data drift between two CSV files, column by column and for the dataset. */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "Compare a current CSV file with a reference CSV file: for every column, its type, the drift"
          + " test, the statistic, the p-value where there is one, the threshold and whether it"
          + " drifted; then whether the dataset drifted.",
      "The schema (numeric, categorical, boolean) is inferred from the reference; blank cells are"
          + " missing. The delimiter (comma, semicolon, tab) is detected.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (also when drift is found, unless --fail-on-drift)",
      "1:error: a file is missing or cannot be used",
      "2:usage error: bad option or column name",
      "3:the dataset drifted and --fail-on-drift was given",
    })
public final class DriftCommand implements Callable<Integer> {

  static final int ERROR = 1;
  static final int DATASET_DRIFTED = 3;

  @Spec CommandSpec spec;

  @Option(names = "--reference", required = true, description = "Reference CSV file.")
  Path reference;

  @Option(names = "--current", required = true, description = "Current CSV file.")
  Path current;

  @Option(
      names = "--target",
      description = "Target column: its drift is reported apart, not counted in the dataset drift.")
  String target;

  @Option(names = "--id", description = "Identifier column: not tested.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--exclude", split = ",", description = "Columns not to test (comma-separated).")
  List<String> excluded = new ArrayList<>();

  @Option(
      names = "--num-method",
      converter = MethodConverter.class,
      description =
          "Drift method for every numeric column (default: automatic). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = MethodIds.class)
  DriftMethod numMethod;

  @Option(
      names = "--cat-method",
      converter = MethodConverter.class,
      description =
          "Drift method for every categorical and boolean column (default: automatic). One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = MethodIds.class)
  DriftMethod catMethod;

  @Option(
      names = "--threshold",
      description = "Threshold for every column (default: the method's own).")
  Double threshold;

  @Option(
      names = "--drift-share",
      defaultValue = "0.5",
      description =
          "The dataset drifts when this share of columns drift (default: ${DEFAULT-VALUE}).")
  double driftShare;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--fail-on-drift", description = "Exit with code 3 when the dataset drifted.")
  boolean failOnDrift;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("table") && !format.equals("json")) {
      throw usage("--format must be table or json, not '" + format + "'");
    }
    DriftOptions options = options();
    try {
      CsvLayout ref = CsvLayout.probe(reference);
      CsvLayout cur = CsvLayout.probe(current);
      Set<String> columns = columnsToRead(ref);
      ProgressMeter meter = ProgressMeter.forBytes(err, ref.bytes() + cur.bytes());
      DatasetPair pair = DatasetPairReader.read(ref, cur, columns, meter);
      DriftOutcome outcome = DriftAnalysis.run(pair, Optional.ofNullable(target), options);
      out.print(format.equals("json") ? DriftJson.render(outcome) : DriftTable.render(outcome));
      out.flush();
      return failOnDrift && outcome.features().datasetDrift() ? DATASET_DRIFTED : 0;
    } catch (CsvInputException | IllegalArgumentException e) {
      err.println("vigil drift: " + e.getMessage());
      err.flush();
      return ERROR;
    }
  }

  private DriftOptions options() {
    if (threshold != null && !(threshold > 0 && Double.isFinite(threshold))) {
      throw usage("--threshold must be a positive number, not " + threshold);
    }
    if (!(driftShare > 0 && driftShare <= 1)) {
      throw usage("--drift-share must be in (0, 1], not " + driftShare);
    }
    return new DriftOptions(
        Optional.ofNullable(numMethod),
        Optional.ofNullable(catMethod),
        Map.of(),
        threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold),
        Map.of(),
        driftShare);
  }

  /** The reference's columns minus the excluded ones; every named column must exist. */
  private Set<String> columnsToRead(CsvLayout ref) {
    Set<String> skipped = new LinkedHashSet<>(excluded);
    skipped.addAll(ids);
    for (String name : skipped) {
      requireColumn(ref, name, excluded.contains(name) ? "--exclude" : "--id");
    }
    if (target != null) {
      requireColumn(ref, target, "--target");
      if (skipped.contains(target)) {
        throw usage("--target " + target + " is also excluded");
      }
    }
    Set<String> columns = new LinkedHashSet<>(ref.header());
    columns.removeAll(skipped);
    if (columns.isEmpty() || (columns.size() == 1 && columns.contains(target))) {
      throw usage("no column left to test in " + ref.source());
    }
    return columns;
  }

  private void requireColumn(CsvLayout ref, String name, String option) {
    if (!ref.header().contains(name)) {
      throw usage(
          option
              + ": no column '"
              + name
              + "' in "
              + ref.source()
              + "; columns: "
              + String.join(", ", ref.header()));
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Parses a method id, or fails with the list of valid ids. */
  static final class MethodConverter implements ITypeConverter<DriftMethod> {
    @Override
    public DriftMethod convert(String value) {
      try {
        return DriftMethod.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The method ids, for help and completion. */
  static final class MethodIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(DriftMethod.values()).map(DriftMethod::id).iterator();
    }
  }
}
