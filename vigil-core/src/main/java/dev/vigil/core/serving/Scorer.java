package dev.vigil.core.serving;

import java.util.List;

/**
 * A loaded binary classifier: turns rows of raw feature values into the probability of the positive
 * class. Implementations are safe for concurrent use.
 *
 * <p>A row holds one value per input of the {@link ServedModel}, in the inputs' order: a {@link
 * String}, a finite {@link Double}, a {@link Boolean} or {@code null} (missing). Encoding (one-hot,
 * scaling) is the scorer's business, so callers pass what the client sent.
 */
public interface Scorer {

  /**
   * The probability of the positive class for each row, in row order, each in [0, 1].
   *
   * @throws IllegalArgumentException naming the input when a value does not fit its kind
   */
  double[] score(List<Object[]> rows);
}
