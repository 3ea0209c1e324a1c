package dev.vigil.models;

/**
 * A model bundle whose files are not what its manifest (or the registry) pinned: a file missing or
 * changed since it was written. Nothing of such a bundle is loaded.
 */
public final class CorruptBundleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What {@link #actual()} is for a missing file. */
  public static final String MISSING = "missing";

  private final String file;
  private final String expected;
  private final String actual;

  /**
   * @param file the bundle file, relative to the bundle directory
   * @param expected the sha256 pinned for it
   * @param actual its sha256 now, or {@link #MISSING}
   */
  public CorruptBundleException(String bundle, String file, String expected, String actual) {
    super(
        "model bundle "
            + bundle
            + ": "
            + file
            + (MISSING.equals(actual)
                ? " is missing (expected sha256 " + expected + ")"
                : " has sha256 " + actual + " but " + expected + " was recorded"));
    this.file = file;
    this.expected = expected;
    this.actual = actual;
  }

  public String file() {
    return file;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
