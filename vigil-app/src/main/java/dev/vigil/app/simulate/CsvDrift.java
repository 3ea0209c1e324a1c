package dev.vigil.app.simulate;

import dev.vigil.app.csv.TableColumn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Drift injected into replayed CSV rows, at strength {@code k} in [0, 1]:
 *
 * <ul>
 *   <li>covariate: every numeric column that is not 0/1 is shifted up by {@code k} of its standard
 *       deviation in the file (rounded for columns of whole numbers), e.g. on the bank churn data
 *       at k = 0.5 Age + 5 years and Balance + 31,200;
 *   <li>concept: each row is, with probability {@code k}, relabelled by another rule: positive when
 *       the first such numeric column (CreditScore in the bank churn data) is below its median;
 *   <li>label-noise: each known label is flipped with probability {@code k}.
 * </ul>
 */
final class CsvDrift {

  private final DriftKind kind;
  private final double strength;
  private final Map<String, Double> shifts = new LinkedHashMap<>();
  private final String conceptColumn;
  private final double conceptMedian;

  CsvDrift(DriftKind kind, double strength, List<TableColumn> features) {
    this.kind = kind;
    this.strength = strength;
    String concept = null;
    double median = Double.NaN;
    for (TableColumn column : features) {
      if (column instanceof TableColumn.Numeric numeric && !binary(numeric.values())) {
        NumericStats stats = NumericStats.of(numeric.values());
        double shift = strength * stats.sd();
        shift = stats.whole() ? Math.rint(shift) : shift;
        if (shift != 0) {
          shifts.put(column.name(), shift);
        }
        if (concept == null) {
          concept = column.name();
          median = stats.median();
        }
      }
    }
    if (concept == null && kind == DriftKind.CONCEPT) {
      throw new IllegalArgumentException(
          "--drift concept needs a numeric feature column that is not 0/1 in --data");
    }
    this.conceptColumn = concept;
    this.conceptMedian = median;
  }

  /** The shift added to each numeric column by covariate drift (columns shifted by 0 left out). */
  Map<String, Double> shifts() {
    return Map.copyOf(shifts);
  }

  /** The column the concept rule reads, or null. */
  String conceptColumn() {
    return conceptColumn;
  }

  /** The features drifted in place; returns the (possibly changed) label. */
  Integer apply(Map<String, Object> features, Integer label, RandomGenerator random) {
    switch (kind) {
      case COVARIATE ->
          shifts.forEach(
              (name, shift) -> {
                if (features.get(name) instanceof Double value) {
                  features.put(name, value + shift);
                }
              });
      case CONCEPT -> {
        if (label != null && random.nextDouble() < strength) {
          return features.get(conceptColumn) instanceof Double v && v < conceptMedian ? 1 : 0;
        }
      }
      case LABEL_NOISE -> {
        if (label != null && random.nextDouble() < strength) {
          return 1 - label;
        }
      }
      case NONE -> {}
    }
    return label;
  }

  private static boolean binary(double[] values) {
    for (double v : values) {
      if (!Double.isNaN(v) && v != 0 && v != 1) {
        return false;
      }
    }
    return true;
  }
}
