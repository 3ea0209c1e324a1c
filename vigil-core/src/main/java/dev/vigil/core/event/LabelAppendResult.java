package dev.vigil.core.event;

/**
 * What appending a batch of labels did: how many were stored, how many repeated the label already
 * stored for their prediction (left out), and how many disagreed with it (left out of the labels,
 * kept for audit; the first label stays). The counts are non-negative and add up to the batch size.
 */
public record LabelAppendResult(int inserted, int duplicates, int conflicting) {

  public LabelAppendResult {
    if (inserted < 0 || duplicates < 0 || conflicting < 0) {
      throw new IllegalArgumentException(
          "inserted, duplicates and conflicting must be >= 0, were "
              + inserted
              + ", "
              + duplicates
              + " and "
              + conflicting);
    }
  }
}
