package dev.vigil.app.train;

import dev.vigil.app.csv.CsvLayout;
import dev.vigil.app.csv.FileDigest;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableColumn;
import dev.vigil.app.csv.TableReader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A training CSV read for learning: the columns left once ids are set aside (named with {@code
 * --id}/{@code --exclude}, or found by {@link IdLikeColumns}), the rows and labels, and the file's
 * sha256, the data fingerprint that lineage records.
 *
 * @param setAside the columns not learnt from, each with why
 */
record TrainingFile(TrainingTable table, Map<String, String> setAside, String sha256) {

  static TrainingFile read(TrainingRequest request, ProgressMeter meter) {
    CsvLayout layout = CsvLayout.probe(request.data());
    Map<String, String> setAside = new LinkedHashMap<>();
    for (String id : request.ids()) {
      setAside.put(requireColumn(layout, id, "--id"), "--id");
    }
    for (String name : request.excluded()) {
      setAside.put(requireColumn(layout, name, "--exclude"), "--exclude");
    }
    requireColumn(layout, request.target(), "--target");
    if (setAside.containsKey(request.target())) {
      throw new IllegalArgumentException("--target " + request.target() + " is also set aside");
    }
    Set<String> columns = new LinkedHashSet<>(layout.header());
    columns.removeAll(setAside.keySet());
    Table table = TableReader.read(layout, columns, meter);
    IdLikeColumns.detect(table)
        .forEach(
            (name, why) -> {
              if (!name.equals(request.target())) {
                setAside.put(name, why);
              }
            });
    List<TableColumn> kept =
        table.columns().stream().filter(c -> !setAside.containsKey(c.name())).toList();
    Table learnt = new Table(table.source(), table.rows(), kept);
    TrainingTable training = TrainingTable.of(learnt, request.target(), request.positiveLabel());
    return new TrainingFile(training, setAside, FileDigest.sha256(request.data()));
  }

  private static String requireColumn(CsvLayout layout, String name, String option) {
    if (!layout.header().contains(name)) {
      throw new IllegalArgumentException(
          option
              + ": no column '"
              + name
              + "' in "
              + layout.source()
              + "; columns: "
              + String.join(", ", layout.header()));
    }
    return name;
  }
}
