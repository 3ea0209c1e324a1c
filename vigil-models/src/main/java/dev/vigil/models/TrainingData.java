package dev.vigil.models;

import dev.vigil.core.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Labelled rows to train or evaluate a model on: raw values (String, Double, Boolean or null) in
 * the order of {@code inputs}, and a 0/1 label per row.
 *
 * <p>Invariants: as many labels as rows; every row has one value per input; labels are 0 or 1. The
 * label array is copied in and out; the row arrays are shared, not copied (they may be large).
 */
public record TrainingData(DatasetSchema inputs, List<Object[]> rows, int[] labels) {

  public TrainingData {
    Objects.requireNonNull(inputs, "inputs");
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    labels = Objects.requireNonNull(labels, "labels").clone();
    if (inputs.size() == 0) {
      throw new IllegalArgumentException("inputs: at least one input column is needed");
    }
    if (rows.size() != labels.length) {
      throw new IllegalArgumentException(
          "labels: " + labels.length + " labels for " + rows.size() + " rows");
    }
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).length != inputs.size()) {
        throw new IllegalArgumentException(
            "rows: row " + r + " has " + rows.get(r).length + " values, inputs " + inputs.size());
      }
      if (labels[r] != 0 && labels[r] != 1) {
        throw new IllegalArgumentException("labels: row " + r + " is " + labels[r] + ", not 0/1");
      }
    }
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  public int size() {
    return labels.length;
  }

  /** The number of rows labelled 1. */
  public int positives() {
    int positives = 0;
    for (int label : labels) {
      positives += label;
    }
    return positives;
  }

  /** The rows at these indices, in the order given (e.g. one side of a {@link HoldoutSplit}). */
  public TrainingData subset(int[] indices) {
    List<Object[]> picked = new ArrayList<>(indices.length);
    int[] pickedLabels = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      picked.add(rows.get(indices[i]));
      pickedLabels[i] = labels[indices[i]];
    }
    return new TrainingData(inputs, picked, pickedLabels);
  }
}
