package dev.vigil.http.delivery;

/** A notification that did not reach its target; it is retried with backoff. */
public final class DeliveryException extends RuntimeException {

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
