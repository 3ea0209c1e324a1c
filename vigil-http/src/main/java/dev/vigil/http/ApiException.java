package dev.vigil.http;

/**
 * A request the server refuses, with the HTTP status and the part of the request at fault: a JSON
 * field ({@code schema[2].type}), or {@code body}, {@code path}, {@code method}, {@code
 * Content-Type}. Rendered once, at the edge, as {@code {"error": ..., "field": ...}}.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;

  public ApiException(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  static ApiException badRequest(String field, String message) {
    return new ApiException(400, field, message);
  }

  int status() {
    return status;
  }

  String field() {
    return field;
  }
}
