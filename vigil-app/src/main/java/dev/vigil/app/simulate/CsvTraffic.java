package dev.vigil.app.simulate;

import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableColumn;
import dev.vigil.app.traffic.TrafficRow;
import dev.vigil.app.traffic.TrafficSource;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The rows of a CSV file in file order, at most {@code limit} of them, as traffic: the feature
 * columns' values (numbers as doubles, booleans as booleans, other cells as text, blanks as null)
 * and the target's 0/1 label, with {@link CsvDrift} applied to the rows the plan drifts.
 */
final class CsvTraffic implements TrafficSource {

  private final List<TableColumn> features;
  private final Integer[] labels;
  private final long rows;
  private final DriftPlan plan;
  private final CsvDrift drift;
  private final SplittableRandom random;
  private int next;

  /**
   * @param labels one per row of the table, or null when the file has no target
   * @param plan whose planned rows are {@code min(limit, table rows)}
   */
  CsvTraffic(Table table, List<String> featureNames, Integer[] labels, DriftPlan plan, long seed) {
    this.features = featureNames.stream().map(table::column).toList();
    this.labels = labels;
    this.rows = Math.min(table.rows(), plan.plannedRows());
    this.plan = plan;
    this.drift = new CsvDrift(plan.kind(), plan.strength(), features);
    // Not the replay's generator: the drift draws must not move the label coverage draws.
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
  }

  CsvDrift drift() {
    return drift;
  }

  @Override
  public Optional<TrafficRow> next(Duration storyTime) {
    if (next >= rows) {
      return Optional.empty();
    }
    int row = next++;
    Map<String, Object> values = new LinkedHashMap<>();
    for (TableColumn column : features) {
      values.put(column.name(), column.value(row));
    }
    Integer label = labels == null ? null : labels[row];
    if (plan.active(row, storyTime)) {
      label = drift.apply(values, label, random);
    }
    return Optional.of(new TrafficRow(values, label));
  }
}
