package dev.vigil.http.serving;

import java.util.List;

/**
 * The answer of a served model to one request: a prediction id and a positive-class probability per
 * row, in row order (as many of each).
 */
record Scored(List<String> ids, double[] scores) {

  /** The class of row {@code i}: 1 when its probability is at or above the threshold. */
  int label(int i, double threshold) {
    return scores[i] >= threshold ? 1 : 0;
  }

  int size() {
    return scores.length;
  }
}
