package dev.vigil.core.event;

/**
 * What the {@link EventLog} did with one {@link EventBatch}: records stored, duplicates left out,
 * and (labels only) conflicting labels left out and kept for audit. The counts are non-negative and
 * add up to the batch size.
 */
public record BatchOutcome(int inserted, int duplicates, int conflicting) {

  public BatchOutcome {
    if (inserted < 0 || duplicates < 0 || conflicting < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  public AppendResult asAppendResult() {
    return new AppendResult(inserted, duplicates + conflicting);
  }

  public LabelAppendResult asLabelAppendResult() {
    return new LabelAppendResult(inserted, duplicates, conflicting);
  }
}
