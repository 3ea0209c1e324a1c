package dev.vigil.app.report;

import dev.vigil.app.csv.CsvLayout;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.stats.drift.DriftOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The CSV-mode options of {@code vigil report}: the files and the roles of their columns, as {@code
 * vigil drift} takes them, plus the model's score or prediction column.
 */
final class CsvOptions {

  @Option(
      names = "--reference",
      description = "The reference CSV file (store mode: instead of the model's stored reference).")
  Path reference;

  @Option(names = "--current", description = "CSV mode: the current CSV file.")
  Path current;

  @Option(
      names = "--target",
      description = "The label column (CSV: 0/1 or true/false; store: the model's labels).")
  String target;

  @Option(names = "--score", description = "The model's score column, in [0, 1].")
  String score;

  @Option(
      names = "--prediction",
      description = "CSV mode: the predicted class column (0/1), used when there is no --score.")
  String prediction;

  @Option(names = "--id", description = "CSV mode: an identifier column, not tested.")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--exclude",
      split = ",",
      description = "CSV mode: columns not to test (comma-separated).")
  List<String> excluded = new ArrayList<>();

  @Option(
      names = "--decision-threshold",
      description = "CSV mode: predicts 1 when score >= this (default: 0.5).")
  Double decisionThreshold;

  @Option(
      names = "--drift-share",
      description = "CSV mode: the dataset drifts when this share of features drift (default 0.5).")
  Double driftShare;

  /** The CSV-mode flags given, for store mode to refuse. */
  List<String> usedFlags() {
    List<String> used = new ArrayList<>();
    Map.of(
            "--reference", Optional.ofNullable(reference),
            "--current", Optional.ofNullable(current),
            "--target", Optional.ofNullable(target),
            "--score", Optional.ofNullable(score),
            "--prediction", Optional.ofNullable(prediction),
            "--decision-threshold", Optional.ofNullable(decisionThreshold),
            "--drift-share", Optional.ofNullable(driftShare))
        .forEach((flag, value) -> value.ifPresent(v -> used.add(flag)));
    if (!ids.isEmpty()) {
      used.add("--id");
    }
    if (!excluded.isEmpty()) {
      used.add("--exclude");
    }
    return used.stream().sorted().toList();
  }

  /** The flags that only CSV mode takes (store mode takes a reference file, its score, target). */
  List<String> csvOnlyFlags() {
    List<String> flags = new ArrayList<>(usedFlags());
    flags.removeAll(List.of("--reference", "--score", "--target"));
    return flags;
  }

  /** Store mode's reference file, if given; --score and --target then name its columns. */
  Optional<ReferenceFile> referenceFile(Function<String, ParameterException> usage) {
    if (reference == null) {
      if (score != null || target != null) {
        throw usage.apply(
            (score != null ? "--score" : "--target")
                + ": in store mode it names a column of --reference, which is not given");
      }
      return Optional.empty();
    }
    requireFile("--reference", reference, usage);
    return Optional.of(
        new ReferenceFile(reference, Optional.ofNullable(score), Optional.ofNullable(target)));
  }

  CsvReportRequest request(
      int batchSize,
      DegradationPolicy policy,
      List<String> storeFlags,
      Function<String, ParameterException> usage) {
    if (!storeFlags.isEmpty()) {
      throw usage.apply(String.join(", ", storeFlags) + ": store mode only, not with CSV files");
    }
    requireFile("--reference", reference, usage);
    requireFile("--current", current, usage);
    double share = driftShare == null ? 0.5 : driftShare;
    if (!(share > 0 && share <= 1)) {
      throw usage.apply("--drift-share must be in (0, 1], not " + share);
    }
    CsvLayout ref = CsvLayout.probe(reference);
    CsvLayout cur = CsvLayout.probe(current);
    Set<String> columns = new LinkedHashSet<>(ref.header());
    for (String name : ids) {
      columns.remove(requireColumn("--id", name, ref, cur, usage));
    }
    for (String name : excluded) {
      columns.remove(requireColumn("--exclude", name, ref, cur, usage));
    }
    Map<String, String> roles = new java.util.LinkedHashMap<>();
    if (target != null) {
      roles.put("--target", target);
    }
    if (score != null) {
      roles.put("--score", score);
    }
    if (prediction != null) {
      roles.put("--prediction", prediction);
    }
    roles.forEach(
        (flag, name) -> {
          requireColumn(flag, name, ref, cur, usage);
          if (!columns.contains(name)) {
            throw usage.apply(flag + " " + name + " is also excluded (--id or --exclude)");
          }
        });
    if (columns.size() == roles.size()) {
      throw usage.apply("no feature column left to test in " + ref.source());
    }
    try {
      return new CsvReportRequest(
          reference,
          current,
          columns,
          Optional.ofNullable(target),
          Optional.ofNullable(score),
          Optional.ofNullable(prediction),
          batchSize,
          decisionThreshold == null ? 0.5 : decisionThreshold,
          new DriftOptions(
              Optional.empty(),
              Optional.empty(),
              Map.of(),
              OptionalDouble.empty(),
              Map.of(),
              share),
          policy);
    } catch (IllegalArgumentException e) {
      throw usage.apply(e.getMessage());
    }
  }

  private static void requireFile(
      String flag, Path path, Function<String, ParameterException> usage) {
    if (path == null) {
      throw usage.apply(flag + " is required in CSV mode (--reference A.csv --current B.csv)");
    }
    if (!Files.isRegularFile(path)) {
      throw usage.apply(flag + ": no such file " + path);
    }
  }

  private static String requireColumn(
      String flag,
      String name,
      CsvLayout ref,
      CsvLayout cur,
      Function<String, ParameterException> usage) {
    for (CsvLayout layout : List.of(ref, cur)) {
      if (!layout.header().contains(name)) {
        throw usage.apply(
            flag
                + ": no column '"
                + name
                + "' in "
                + layout.source()
                + "; columns: "
                + String.join(", ", layout.header()));
      }
    }
    return name;
  }
}
