package dev.vigil.core.event;

/**
 * What one run of retention deleted: raw predictions, labels, and conflicting labels kept for audit
 * (the conflicts of the labels deleted). All counts are zero or more.
 */
public record DeletedRecords(long predictions, long labels, long conflicts) {

  public static final DeletedRecords NONE = new DeletedRecords(0, 0, 0);

  public DeletedRecords {
    if (predictions < 0 || labels < 0 || conflicts < 0) {
      throw new IllegalArgumentException(
          "predictions, labels, conflicts: counts must not be negative");
    }
  }

  /** Predictions and labels deleted together (conflicts not counted). */
  public long total() {
    return predictions + labels;
  }
}
