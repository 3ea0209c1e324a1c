package dev.vigil.app.report;

import dev.vigil.app.csv.CsvLayout;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableColumn;
import dev.vigil.app.csv.TableReader;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.ReferenceBuilder;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.stats.metrics.ClassificationMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reference CSV file given to store mode, summarised exactly as an upload to the server would be
 * ({@link ReferenceBuilder}), stamped with the file's modification time; and, when it has the
 * model's score and the label, the baseline performance the degradation decision compares with.
 */
final class CsvReference {

  private final MonitoredModel model;
  private final ReferenceFile file;
  private final Table table;

  private CsvReference(MonitoredModel model, ReferenceFile file, Table table) {
    this.model = model;
    this.file = file;
    this.table = table;
  }

  /** Reads the file's schema features present in its header, and its score and target columns. */
  static CsvReference read(MonitoredModel model, ReferenceFile file) {
    CsvLayout layout = CsvLayout.probe(file.path());
    Set<String> columns = new LinkedHashSet<>();
    model.schema().names().stream().filter(layout.header()::contains).forEach(columns::add);
    for (Optional<String> role : List.of(file.score(), file.target())) {
      role.ifPresent(columns::add);
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(
          "--reference: " + layout.source() + " has none of the model's features");
    }
    return new CsvReference(model, file, TableReader.read(layout, columns, ProgressMeter.silent()));
  }

  /** A reference store that answers this summary for the model, and nothing else. */
  ReferenceStore store() {
    ReferenceSummary summary = summary();
    return new ReferenceStore() {
      @Override
      public void put(String modelName, ReferenceSummary reference) {
        throw new UnsupportedOperationException("a report never changes the reference");
      }

      @Override
      public Optional<ReferenceSummary> find(String modelName) {
        return modelName.equals(model.name()) ? Optional.of(summary) : Optional.empty();
      }
    };
  }

  private ReferenceSummary summary() {
    ReferenceBuilder builder = new ReferenceBuilder(model, file.score(), file.target(), modified());
    for (int row = 0; row < table.rows(); row++) {
      try {
        builder.add(row(row), row);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--reference: " + table.source() + ": " + e.getMessage());
      }
    }
    return builder.build();
  }

  /**
   * The realized performance of the file's labelled rows at the model's threshold, if it has both.
   */
  Optional<ClassificationMetrics> baseline() {
    if (file.score().isEmpty() || file.target().isEmpty()) {
      return Optional.empty();
    }
    List<Double> scores = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int row = 0; row < table.rows(); row++) {
      Map<String, Object> values = row(row);
      Object label = values.get(file.target().get());
      Object score = values.get(file.score().get());
      if (label != null && score instanceof Double s) {
        String text = label instanceof Double d ? Format.label(d) : label.toString();
        model
            .labels()
            .meaningOf(text)
            .ifPresent(
                positive -> {
                  scores.add(s);
                  labels.add(positive ? 1 : 0);
                });
      }
    }
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ClassificationMetrics.of(
            scores.stream().mapToDouble(Double::doubleValue).toArray(),
            labels.stream().mapToInt(Integer::intValue).toArray(),
            model.decisionThreshold()));
  }

  /** One row as an upload gives it: numbers as Double, text as String, blanks absent. */
  private Map<String, Object> row(int row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (TableColumn column : table.columns()) {
      if (column instanceof TableColumn.Numeric n) {
        double v = n.values()[row];
        values.put(column.name(), Double.isNaN(v) ? null : v);
      } else {
        TableColumn.Categorical c = (TableColumn.Categorical) column;
        int code = c.codes()[row];
        values.put(column.name(), code < 0 ? null : c.labels().get(code));
      }
    }
    return values;
  }

  private Instant modified() {
    try {
      return Files.getLastModifiedTime(file.path()).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
