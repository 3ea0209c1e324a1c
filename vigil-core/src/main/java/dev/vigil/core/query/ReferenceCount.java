package dev.vigil.core.query;

/**
 * A count derived by comparing a window's distribution with the reference's, e.g. values out of the
 * reference's range. {@code exact} is false when a sketch took part (a sketched numeric summary's
 * CDF, or categories counted by a frequent-items sketch), and the count is then an estimate.
 */
public record ReferenceCount(long count, boolean exact) {

  public ReferenceCount {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
  }
}
