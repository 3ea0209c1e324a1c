package dev.vigil.app.traffic;

/**
 * A request to Vigil that failed: refused or failed by the server (its status and the {@code
 * {"error", "field"}} of its answer) or not answered at all (status 0).
 */
public final class VigilClientException extends RuntimeException {

  private final int status;
  private final String field;

  public VigilClientException(String request, int status, String error, String field) {
    super(describe(request, status, error, field));
    this.status = status;
    this.field = field;
  }

  public VigilClientException(String request, Throwable cause) {
    super(request + ": no answer (" + cause + ")", cause);
    this.status = 0;
    this.field = null;
  }

  /** The HTTP status, or 0 when the server did not answer. */
  public int status() {
    return status;
  }

  /** The answer's {@code field}, or null. */
  public String field() {
    return field;
  }

  /** True when the server did not answer (refused connection, timeout). */
  public boolean unreachable() {
    return status == 0;
  }

  private static String describe(String request, int status, String error, String field) {
    return request
        + ": "
        + status
        + (field == null ? "" : " (field " + field + ")")
        + (error == null ? "" : ": " + error);
  }
}
