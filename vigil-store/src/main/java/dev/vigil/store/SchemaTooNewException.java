package dev.vigil.store;

/**
 * The database holds migrations this build does not know: a newer Vigil has used it. Opening it
 * would risk misreading or damaging its data, so Vigil stops.
 */
public final class SchemaTooNewException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public SchemaTooNewException(String databaseVersion, String knownVersion) {
    super(
        "database schema version "
            + databaseVersion
            + " is newer than this Vigil, which knows up to "
            + knownVersion
            + ": upgrade Vigil");
  }
}
