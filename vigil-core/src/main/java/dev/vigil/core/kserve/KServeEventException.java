package dev.vigil.core.kserve;

/**
 * A KServe payload-logger event that Vigil cannot use, naming the part at fault: a CloudEvents
 * header ({@code ce-type}) or a body field ({@code instances[2]}, {@code outputs}).
 */
public final class KServeEventException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public KServeEventException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The header or body field at fault. */
  public String field() {
    return field;
  }
}
