package dev.vigil.core.model;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A binary classifier that Vigil monitors: its name, the feature columns of its records, what its
 * labels mean, its decision threshold, the base length of its windows and the columns whose values
 * split its records into segments.
 *
 * <p>Invariants: the name is 1-128 characters of {@code [A-Za-z0-9_.-]}; the schema has at least
 * one column; the threshold is in [0, 1]; segment columns are distinct, categorical or boolean
 * columns of the schema (a numeric column would make unboundedly many segments); the creation time
 * is whole microseconds, the precision both stores keep.
 */
public record MonitoredModel(
    String name,
    DatasetSchema schema,
    ClassLabels labels,
    double decisionThreshold,
    WindowGranularity windowGranularity,
    List<String> segmentColumns,
    Instant createdAt) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  public MonitoredModel {
    requireValidName(name);
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(windowGranularity, "windowGranularity");
    Objects.requireNonNull(createdAt, "createdAt");
    if (schema.size() == 0) {
      throw new IllegalArgumentException("schema must have at least one column");
    }
    if (!(decisionThreshold >= 0 && decisionThreshold <= 1)) {
      throw new IllegalArgumentException(
          "decisionThreshold must be in [0, 1], was " + decisionThreshold);
    }
    segmentColumns = checkedSegments(schema, segmentColumns);
    createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** The name itself when valid; an error naming the field and the rule otherwise. */
  public static String requireValidName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "name must be 1-128 characters of letters, digits, '_', '.' or '-', was '" + name + "'");
    }
    return name;
  }

  private static List<String> checkedSegments(DatasetSchema schema, List<String> segments) {
    List<String> copy = List.copyOf(Objects.requireNonNull(segments, "segmentColumns"));
    Set<String> seen = new HashSet<>();
    for (String column : copy) {
      ColumnSchema found =
          schema
              .column(column)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "segmentColumns: '" + column + "' is not a column of the schema"));
      if (found.kind() == ColumnKind.NUMERIC) {
        throw new IllegalArgumentException(
            "segmentColumns: '" + column + "' is numeric; segments need a categorical column");
      }
      if (!seen.add(column)) {
        throw new IllegalArgumentException("segmentColumns: '" + column + "' is repeated");
      }
    }
    return copy;
  }
}
