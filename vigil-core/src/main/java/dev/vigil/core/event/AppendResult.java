package dev.vigil.core.event;

/**
 * What appending a batch of predictions did: how many records were stored and how many were
 * duplicates of a prediction already stored (same model and id, in an earlier batch or earlier in
 * this one), which were left out. Both counts are non-negative and add up to the batch size.
 */
public record AppendResult(int inserted, int duplicates) {

  public AppendResult {
    if (inserted < 0 || duplicates < 0) {
      throw new IllegalArgumentException(
          "inserted and duplicates must be >= 0, were " + inserted + " and " + duplicates);
    }
  }
}
